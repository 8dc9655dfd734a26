package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.compose.ComposeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code phoenix config}, run in-process with a controlled environment and absolute paths. */
class PhoenixCliTest {
  private static final String COMPOSE = """
      services:
        web:
          image: nginx:${TAG:-latest}
          ports: ["8080:80"]
          command: echo $$HOME
        db:
          image: postgres
          profiles: [db]
        worker:
          image: busybox
      volumes:
        data: {}
      """;

  @TempDir
  Path temp;
  Path dir;
  Path compose;
  final Map<String, String> env = new LinkedHashMap<>();

  @BeforeEach
  void setUp() throws IOException {
    dir = temp.resolve("shop");
    Files.createDirectories(dir);
    compose = write("compose.yaml", COMPOSE);
    env.put("HOME", temp.resolve("home").toString());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private CliResult run(String... args) {
    return CliResult.run(env, args);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void configPrintsTheModelAsYaml() {
    CliResult result = run("config", "-f", compose.toString());
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    Map<String, Object> model = yaml(result.out());
    assertThat(model.get("name")).isEqualTo("shop");
    assertThat(map(model.get("services"))).containsOnlyKeys("web", "worker");
    assertThat(map(map(model.get("services")).get("web")).get("image")).isEqualTo("nginx:latest");
    assertThat(map(model.get("volumes"))).containsKey("data");
  }

  @Test
  void projectDirectoryOptionFindsTheDefaultFile() {
    CliResult result = run("config", "--project-directory", dir.toString());
    assertThat(result.status()).isZero();
    assertThat(yaml(result.out()).get("name")).isEqualTo("shop");
  }

  @Test
  void jsonFormatIsValidJson() throws IOException {
    CliResult result = run("config", "-f", compose.toString(), "--format", "json");
    assertThat(result.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("name").asText()).isEqualTo("shop");
    assertThat(json.get("services").get("web").get("image").asText()).isEqualTo("nginx:latest");
    assertThat(json.get("services").get("web").get("command").get(1).asText()).isEqualTo("$$HOME");
    CliResult equals = run("config", "-f", compose.toString(), "--format=json");
    assertThat(equals.out()).isEqualTo(result.out());
  }

  @Test
  void servicesListsTheEnabledNames() {
    CliResult result = run("config", "-f", compose.toString(), "--services");
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("web\nworker\n");
    assertThat(run("config", "-f", compose.toString(), "--services", "--profile", "db").out()).isEqualTo("db\nweb\nworker\n");
  }

  @Test
  void otherListings() {
    assertThat(run("config", "-f", compose.toString(), "--volumes").out()).isEqualTo("data\n");
    assertThat(run("config", "-f", compose.toString(), "--images").out()).isEqualTo("busybox\nnginx:latest\n");
    assertThat(run("config", "-f", compose.toString(), "--profiles").out()).isEqualTo("db\n");
    assertThat(run("config", "-f", compose.toString(), "--networks").out()).isEqualTo("default\n");
  }

  @Test
  void outputOptionWritesTheFileAndPrintsNothing() throws IOException {
    Path output = temp.resolve("out/config.yaml");
    Files.createDirectories(output.getParent());
    CliResult result = run("config", "-f", compose.toString(), "-o", output.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(output)).isEqualTo(run("config", "-f", compose.toString()).out());
    try (var files = Files.list(output.getParent())) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void outputToAMissingDirectoryIsAUsageError() {
    CliResult result = run("config", "-f", compose.toString(), "-o", temp.resolve("no/such/dir/out.yaml").toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("phoenix: cannot write ");
  }

  @Test
  void noInterpolateKeepsVariables() {
    CliResult result = run("config", "-f", compose.toString(), "--no-interpolate");
    assertThat(result.status()).isZero();
    assertThat(map(map(yaml(result.out()).get("services")).get("web")).get("image")).isEqualTo("nginx:${TAG:-latest}");
    assertThat(map(map(yaml(result.out()).get("services")).get("web")).get("command")).isEqualTo(List.of("echo", "$$HOME"));
  }

  @Test
  void literalDollarIsWrittenBackAsDoubleDollar() {
    CliResult result = run("config", "-f", compose.toString());
    Object command = map(map(yaml(result.out()).get("services")).get("web")).get("command");
    assertThat(command).isEqualTo(List.of("echo", "$$HOME"));
    assertThat(ComposeLoader.builder().environment(env).file(compose).load().services().get("web").command())
        .containsExactly("echo", "$HOME");
  }

  @Test
  void outputLoadsAgainToTheSameModel() throws IOException {
    Path output = temp.resolve("round.yaml");
    run("config", "-f", compose.toString(), "-o", output.toString());
    Files.move(output, dir.resolve("round.yaml"));
    CliResult again = run("config", "-f", dir.resolve("round.yaml").toString());
    assertThat(again.status()).isZero();
    assertThat(again.out()).isEqualTo(run("config", "-f", compose.toString()).out());
  }

  @Test
  void envFileOption() throws IOException {
    Path envFile = write("prod.env", "TAG=1.27\n");
    write(".env", "TAG=from-dotenv\n");
    CliResult result = run("config", "-f", compose.toString(), "--env-file", envFile.toString(), "--images");
    assertThat(result.out()).isEqualTo("busybox\nnginx:1.27\n");
    assertThat(run("config", "-f", compose.toString(), "--images").out()).isEqualTo("busybox\nnginx:from-dotenv\n");
  }

  @Test
  void environmentWinsOverEnvFiles() throws IOException {
    Path envFile = write("prod.env", "TAG=1.27\n");
    env.put("TAG", "from-env");
    assertThat(run("config", "-f", compose.toString(), "--env-file", envFile.toString(), "--images").out())
        .isEqualTo("busybox\nnginx:from-env\n");
  }

  @Test
  void projectNameOption() {
    CliResult result = run("config", "-f", compose.toString(), "-p", "custom");
    assertThat(yaml(result.out()).get("name")).isEqualTo("custom");
    assertThat(map(map(yaml(result.out()).get("volumes")).get("data")).get("name")).isEqualTo("custom_data");
    assertThat(yaml(run("config", "-f", compose.toString(), "--project-name=other").out()).get("name")).isEqualTo("other");
  }

  @Test
  void invalidProjectNameIsBadInput() {
    CliResult result = run("config", "-f", compose.toString(), "-p", "Bad.Name");
    assertBadInput(result);
    assertThat(result.err()).contains("invalid project name \"Bad.Name\"");
  }

  @Test
  void lineBreaksInAMessageStayOnOneLine() throws IOException {
    CliResult name = run("config", "-f", compose.toString(), "-p", "two\nlines");
    assertBadInput(name);
    assertThat(name.err()).contains("\"two\\nlines\"");
    Path key = write("key.yaml", "services:\n  web:\n    image: nginx\n    \"bad\\nkey\": 1\n");
    CliResult keyResult = run("config", "-f", key.toString());
    assertBadInput(keyResult);
    assertThat(keyResult.err()).startsWith(key + ":4:");
  }

  @Test
  void profileOption() {
    CliResult result = run("config", "-f", compose.toString(), "--profile", "db");
    assertThat(map(yaml(result.out()).get("services"))).containsOnlyKeys("db", "web", "worker");
    env.put("COMPOSE_PROFILES", "db");
    assertThat(run("config", "-f", compose.toString(), "--services").out()).isEqualTo("db\nweb\nworker\n");
  }

  @Test
  void quietValidatesOnly() throws IOException {
    CliResult ok = run("config", "-f", compose.toString(), "-q");
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).isEmpty();
    Path bad = write("bad.yaml", "services:\n  web:\n    image: [x]\n");
    assertBadInput(run("config", "-f", bad.toString(), "--quiet"));
  }

  @Test
  void warningsGoToStderrAsWarnLines() throws IOException {
    Path versioned = write("versioned.yaml", "version: '3'\nservices:\n  web:\n    image: nginx:${UNSET}\n");
    CliResult result = run("config", "-f", versioned.toString());
    assertThat(result.status()).isZero();
    assertThat(result.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("WARN: "));
    assertThat(result.err()).contains("version").contains("UNSET");
    assertThat(yaml(result.out())).doesNotContainKey("version");
  }

  @Test
  void badInputIsOneLineWithItsPositionAndNothingOnStdout() throws IOException {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("services:\n  web:\n    image: nginx\n    ports: 80\n", ":4:12: services.web.ports: ");
    cases.put("services:\n  web:\n    image: nginx\n    imgae: x\n", ":4:12: services.web.imgae: ");
    cases.put("services:\n  web:\n    image: ${REQUIRED:?set it}\n", ":3:12: services.web.image: ");
    cases.put("services:\n  web:\n    image: nginx\n  bad: [\n", ":");
    cases.put("services:\n  web:\n    image: nginx\n    image: httpd\n", ":4:");
    cases.put("services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n", ":");
    cases.put("services:\n  a:\n    image: x\n    extends: nosuch\n", ":4:14: services.a.extends: ");
    cases.put("include: [nope.yaml]\n", ":1:11: include[0]: ");
    cases.put("services:\n  web:\n    image: nginx\n    networks: [undefined]\n", ":4:");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> entry : cases.entrySet()) {
      Path file = write("case.yaml", entry.getKey());
      CliResult result = run("config", "-f", file.toString());
      String expectedStart = file + entry.getValue();
      if (result.status() != 2 || !result.out().isEmpty() || result.errLines().size() != 1
          || !result.err().startsWith(expectedStart) || result.err().contains("Exception") || result.err().contains("\tat ")) {
        problems.add(entry.getKey() + " -> status " + result.status() + ", out " + result.out().length()
            + " chars, err: " + result.err() + " (expected to start with " + expectedStart + ")");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void missingFileIsBadInput() {
    Path missing = dir.resolve("missing.yaml");
    CliResult result = run("config", "-f", missing.toString());
    assertBadInput(result);
    assertThat(result.err()).startsWith(missing + ": ");
  }

  @Test
  void missingEnvFileIsBadInput() {
    CliResult result = run("config", "-f", compose.toString(), "--env-file", dir.resolve("nope.env").toString());
    assertBadInput(result);
    assertThat(result.err()).contains("nope.env");
  }

  @Test
  void noComposeFileIsBadInput() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    CliResult result = run("config", "--project-directory", empty.toString());
    assertBadInput(result);
    assertThat(result.err()).contains("no configuration file provided");
  }

  @Test
  void aliasBombIsBadInput() throws IOException {
    StringBuilder yaml = new StringBuilder("x-0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("x-").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
    }
    Path bomb = write("bomb.yaml", yaml.toString());
    CliResult result = run("config", "-f", bomb.toString());
    assertBadInput(result);
    assertThat(result.err()).startsWith(bomb + ":");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliResult result = run("config", "--frobnicate");
    assertBadInput(result);
    assertThat(result.err()).isEqualTo("phoenix: unknown option --frobnicate for config (see phoenix config --help)\n");
  }

  @Test
  void missingOptionValueIsAUsageError() {
    for (String option : List.of("-f", "--file", "--env-file", "-p", "--profile", "--format", "-o", "--project-directory")) {
      CliResult result = run("config", option);
      assertBadInput(result);
      assertThat(result.err()).isEqualTo("phoenix: option " + option + " needs a value\n");
    }
  }

  @Test
  void otherUsageErrors() {
    assertThat(run("config", "-f", compose.toString(), "--format", "xml").err()).startsWith("phoenix: --format must be yaml or json");
    assertBadInput(run("config", "-f", compose.toString(), "--format", "xml"));
    assertBadInput(run("config", "-f", compose.toString(), "--services", "--volumes"));
    assertBadInput(run("config", "--quiet=yes"));
    assertBadInput(run("config", "operand"));
    CliResult unknownCommand = run("frobnicate");
    assertBadInput(unknownCommand);
    assertThat(unknownCommand.err()).startsWith("phoenix: unknown command \"frobnicate\"");
  }

  @Test
  void help() {
    CliResult top = run("--help");
    assertThat(top.status()).isZero();
    assertThat(top.out()).startsWith("Usage: phoenix COMMAND").contains("config");
    assertThat(top.err()).isEmpty();
    CliResult config = run("config", "--help");
    assertThat(config.status()).isZero();
    assertThat(config.out()).startsWith("Usage: phoenix config").contains("--env-file").contains("--no-interpolate");
    CliResult none = run();
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("Usage: phoenix COMMAND");
  }

  @Test
  void jarMainClassIsThisCli() throws IOException {
    // The shaded jar is built after the tests; its manifest comes from this declaration.
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<mainClass>" + Phoenix.class.getName() + "</mainClass>");
  }

  private static void assertBadInput(CliResult result) {
    assertThat(result.status()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).as(result.err()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
