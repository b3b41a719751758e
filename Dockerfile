# syntax=docker/dockerfile:1
# Build: docker build -t chenbao .   Run with MySQL 8: docker compose up (see docker-compose.yml)

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so source changes do not re-download them.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bot-templates bot-templates
COPY sql sql
RUN mvn -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/chenbao-*.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Shanghai \
    CHENBAO_DATA_DIR=/app/data
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
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
