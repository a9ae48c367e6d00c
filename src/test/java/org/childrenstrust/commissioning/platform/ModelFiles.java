package org.childrenstrust.commissioning.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The model and form files of the project, read from the file system (processes/, forms/). */
public final class ModelFiles {

  public static final Path PROCESSES = Path.of("processes");
  public static final Path FORMS = Path.of("forms");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFiles() {}

  /** Every file under {@code dir} ending in one of the extensions ({@code ".bpmn"}), sorted. */
  public static List<Path> files(Path dir, String... extensions) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> Arrays.stream(extensions).anyMatch(e -> f.getFileName().toString().endsWith(e)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a file is among the deployed resource names. Spring Boot's auto-deployment names a
   * resource by its absolute path when it is a file (target/classes/processes/X.bpmn) and by its
   * file name inside a jar; a deployment by class path names it by its path (processes/X.bpmn).
   */
  public static boolean isDeployed(Path file, Collection<String> deployedResourceNames) {
    String path = file.toString().replace('\\', '/');
    String name = file.getFileName().toString();
    return deployedResourceNames.stream().map(n -> n.replace('\\', '/'))
        .anyMatch(n -> n.equals(path) || n.endsWith("/" + path) || n.equals(name));
  }

  /** The {@code id} of a Camunda Form (its JSON), which is the key a {@code camunda:formRef} names. */
  public static String formId(InputStream json) {
    try {
      JsonNode form = JSON.readTree(json);
      String id = form.path("id").asText(null);
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("A Camunda Form without an id");
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String formId(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return formId(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
