package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo cycle's {@code GET /api/cycles/{reference}/ocds} validates against the official OCDS
 * 1.1.5 release package schema. The schema is not kept in this repository: give the directory
 * holding {@code release-package-schema.json} and {@code release-schema.json} (as published at
 * https://standard.open-contracting.org/schema/1__1__5/) in the system property or environment
 * variable {@code OCDS_SCHEMA_DIR}, e.g. {@code scripts/ocds-validate.sh /path/to/schemas}.
 * Without it the test is skipped. Nothing is downloaded: the standard's URL is mapped to the
 * directory.
 */
class CycleOcdsSchemaTest extends ProcessTestSupport {

  static final String SCHEMA_DIR = "OCDS_SCHEMA_DIR";
  static final String STANDARD_BASE = "https://standard.open-contracting.org/schema/1__1__5/";

  @LocalServerPort int port;

  static Path schemaDir() {
    String dir = System.getProperty(SCHEMA_DIR, System.getenv(SCHEMA_DIR));
    Assumptions.assumeTrue(dir != null && !dir.isBlank(),
        "OCDS schema validation skipped: set " + SCHEMA_DIR + " (system property or environment variable) to a directory holding the"
            + " official OCDS 1.1.5 release-package-schema.json and release-schema.json, e.g. scripts/ocds-validate.sh /path/to/ocds-1.1.5");
    Path path = Path.of(dir).toAbsolutePath();
    assertThat(path.resolve("release-package-schema.json")).as("the release package schema in " + SCHEMA_DIR).isRegularFile();
    assertThat(path.resolve("release-schema.json")).as("the release schema in " + SCHEMA_DIR).isRegularFile();
    return path;
  }

  static JsonSchema releasePackageSchema(Path dir) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(STANDARD_BASE, dir.toUri().toString())));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(STANDARD_BASE + "release-package-schema.json"), config);
  }

  @Test
  void everyDemoCyclesExportValidatesAgainstTheOfficialSchema() throws Exception {
    JsonSchema schema = releasePackageSchema(schemaDir());
    HttpTestClient client = new HttpTestClient(port).basic("grace.okafor", "demo");
    Map<String, List<String>> errors = new LinkedHashMap<>();
    int validated = 0;
    for (JsonNode cycle : HttpTestClient.json(client.get("/api/cycles"))) {
      String reference = cycle.get("reference").asText();
      HttpResponse<String> answer = client.get("/api/cycles/" + reference + "/ocds");
      assertThat(answer.statusCode()).as(reference).isEqualTo(200);
      Set<ValidationMessage> messages = schema.validate(answer.body(), com.networknt.schema.InputFormat.JSON);
      validated++;
      if (!messages.isEmpty()) {
        errors.put(reference, messages.stream().map(ValidationMessage::toString).sorted().toList());
      }
    }
    int total = errors.values().stream().mapToInt(List::size).sum();
    List<String> report = new ArrayList<>();
    errors.forEach((reference, list) -> list.forEach(message -> report.add(reference + ": " + message)));
    System.out.println("OCDS 1.1.5: " + validated + " cycles validated, " + errors.size() + " invalid, " + total + " errors");
    Files.write(Path.of("target", "ocds-validation.txt"), report);
    assertThat(validated).as("demo cycles").isGreaterThanOrEqualTo(8);
    assertThat(report).as("schema errors (also in target/ocds-validation.txt)").isEmpty();
  }

  /** The schema as loaded does refuse what OCDS forbids, through the release schema's $refs: the check above can fail. */
  @Test
  void theSchemaRefusesAReleaseOutsideTheStandard() throws Exception {
    JsonSchema schema = releasePackageSchema(schemaDir());
    HttpTestClient client = new HttpTestClient(port).basic("grace.okafor", "demo");
    com.fasterxml.jackson.databind.node.ObjectNode pack =
        (com.fasterxml.jackson.databind.node.ObjectNode) HttpTestClient.json(client.get("/api/cycles/CAMHS-2010-11/ocds"));
    assertThat(schema.validate(pack)).isEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode release = (com.fasterxml.jackson.databind.node.ObjectNode) pack.get("releases").get(0);
    release.remove("ocid");
    ((com.fasterxml.jackson.databind.node.ObjectNode) release.get("tender")).put("procurementMethod", "auction");
    release.put("date", "last Tuesday");
    assertThat(schema.validate(pack)).extracting(ValidationMessage::toString)
        .anyMatch(m -> m.contains("ocid"))
        .anyMatch(m -> m.contains("procurementMethod"))
        .anyMatch(m -> m.contains("date"));
  }
}
