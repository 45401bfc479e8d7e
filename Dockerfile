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
RUN useradd --system --uid 10001 kinerja
WORKDIR /app
COPY --from=build /src/kinerja.jar /app/kinerja.jar
USER kinerja
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/kinerja.jar"]
