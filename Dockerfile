# syntax=docker/dockerfile:1
# Build: docker build -t chenbao .   Run with MySQL 8.4: docker compose up (see docker-compose.yml)
# The production profile (-Pprod) leaves the embedded database out: the image needs DB_URL, and says so
# at start without it. Without a Docker engine, `ops/check-image.sh` builds the same jar, lists it, builds
# an image tarball with Jib and starts the service with this ENTRYPOINT's command (docs/production.md).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so source changes do not re-download them.
COPY pom.xml .
RUN mvn -B -q -Pprod dependency:go-offline
COPY src src
COPY bot-templates bot-templates
COPY sql sql
RUN mvn -B -q -Pprod -DskipTests package \
 && java -Djarmode=tools -jar target/chenbao-*.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Shanghai \
    CHENBAO_DATA_DIR=/app/data \
    MANAGEMENT_PORT=8081
RUN groupadd --system --gid 10001 chenbao \
 && useradd --system --uid 10001 --gid chenbao --home-dir /app --shell /usr/sbin/nologin chenbao \
 && mkdir -p /app/data /app/config/schools \
 && chown -R chenbao:chenbao /app
WORKDIR /app
# Layers from least to most often changed.
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER chenbao
# 8080: the service. Health and metrics: port 8081 on the container's loopback (MANAGEMENT_PORT,
# MANAGEMENT_ADDRESS), not exposed.
EXPOSE 8080
VOLUME ["/app/data"]
# Ready = the readiness probe answers 200 (UP) (database reachable, start-up finished). The check runs inside
# the container, so the management port's loopback address is enough; bash's /dev/tcp needs no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_PORT:-8081} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
