# Multi-stage build of Kinerja. Build: docker build -t kinerja .   (docker-compose.yml does this for you)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp -DskipTests package && cp target/kinerja-*.jar /src/kinerja.jar

FROM eclipse-temurin:17-jre
# curl for the health check (readiness probe); the image runs the fat jar as built (docs/decisions.md, 27)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 kinerja
WORKDIR /app
COPY --from=build /src/kinerja.jar /app/kinerja.jar
USER kinerja
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
# ready = models deployed and start-up work done (README, "Readiness"); PackagedJarIT runs this same command line
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/kinerja.jar"]
