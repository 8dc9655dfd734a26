package dev.phoenix.core.compose.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.compose.ComposeValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ComposeSchemaTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  @Test
  void acceptsTheFullExample() throws Exception {
    Path example = Path.of(System.getProperty("phoenix.shared.dir"), "conformance/compose/full-example/full-example.yml");
    Map<String, Object> tree = yaml(Files.readString(example));
    assertThatCode(() -> ComposeSchema.validate(tree)).doesNotThrowAnyException();
  }

  @Test
  void acceptsShortAndLongSyntaxAndExtensions() {
    assertThatCode(() -> ComposeSchema.validate(yaml("""
        x-common: {a: 1}
        services:
          web:
            image: nginx
            ports: ["80:80", {target: 443, published: "8443"}]
            environment: [A=1]
            x-team: shop
        """))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "services: {web: {image: 3}}|services.web.image|must be a string, not the number 3",
      "services: {web: {imag: x}}|services.web.imag|unknown key \"imag\"",
      "services: {web: {ports: [true]}}|services.web.ports[0]|must be a number, a string or a mapping, not the boolean true",
      "services: {web: {environment: 5}}|services.web.environment|must be a mapping or a list, not the number 5",
      "services: {web: {depends_on: {db: {condition: bogus}}}}|services.web.depends_on.db.condition|must be one of \"service_started\", \"service_healthy\", \"service_completed_successfully\", not the string \"bogus\"",
      "name: 123|name|must be a string, not the number 123",
      "foo: bar|foo|unknown key \"foo\"",
      "services: {web: {build: {context: ., foo: 1}}}|services.web.build.foo|unknown key \"foo\"",
      "services: {web: {deploy: {resources: {limits: {cpus: [1]}}}}}|services.web.deploy.resources.limits.cpus|must be a number or a string, not a list",
  })
  void namesThePathAndTheProblem(String document, String path, String message) {
    ComposeValidationException error =
        catchThrowableOfType(ComposeValidationException.class, () -> ComposeSchema.validate(yaml(document)));
    assertThat(error).isNotNull();
    assertThat(error.yamlPath()).contains(path);
    assertThat(error.detail()).contains(message);
  }
}
