# Builds the hub jar and runs it with routes/ and mappings/ beside it (docker-compose mounts them).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/pmdc-exchange-hub-*.jar app.jar
COPY routes routes
COPY mappings mappings
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
