package dev.phoenix.core.engine.internal.image;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Image;
import dev.phoenix.api.compose.BuildSpec;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.core.engine.internal.ComposeNames;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.LoopbackPorts;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestLabel;
import dev.phoenix.testing.TestRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Pulls from a private registry on 127.0.0.1 and builds through the engine's classic builder. */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class ImageProviderIT {
  private static TestRegistry registry;

  private final String project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
  private final List<String> created = new ArrayList<>();

  @BeforeAll
  static void startRegistry() {
    registry = TestRegistry.start();
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @AfterEach
  void removeImages(DockerClient docker) {
    List<String> references = new ArrayList<>(created);
    // A pulled image is also known by its digest, under the test's unique repository.
    String pushed = registry.host() + "/" + project + "/";
    for (Image image : docker.listImagesCmd().exec()) {
      for (String digest : image.getRepoDigests() == null ? new String[0] : image.getRepoDigests()) {
        if (digest.startsWith(pushed)) {
          references.add(digest);
        }
      }
    }
    for (String reference : references) {
      try {
        docker.removeImageCmd(reference).withForce(true).exec();
      } catch (NotFoundException e) {
        // Never pulled or built, or gone with an earlier reference: nothing to remove.
      }
    }
  }

  @Test
  void alwaysPullsEvenWhenThePresentImageIsThere(DockerClient docker) {
    String reference = push(docker, TestImages.busybox(docker), "app:1");
    String busyboxId = docker.inspectImageCmd(TestImages.BUSYBOX).exec().getId();
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();

    String id = provider(docker).ensure(web, reference, PullPolicy.ALWAYS, Optional.empty());
    assertThat(id).isEqualTo(busyboxId);
    assertThat(types()).contains(DeploymentEvent.Type.PULLING).endsWith(DeploymentEvent.Type.PULLED);

    events.clear();
    assertThat(provider(docker).ensure(web, reference, PullPolicy.ALWAYS, Optional.of(id))).isEqualTo(id);
    assertThat(types()).contains(DeploymentEvent.Type.PULLING, DeploymentEvent.Type.PULLED);
    assertThat(events).allSatisfy(event -> {
      assertThat(event.name()).isEqualTo(reference);
      assertThat(event.service()).isEqualTo("web");
      assertThat(event.stack()).isEqualTo(project);
    });
  }

  @Test
  void missingPullsOnceForAllServicesAndThenNeverAgain(DockerClient docker) throws Exception {
    String reference = push(docker, TestImages.busybox(docker), "app:1");
    ImageProvider provider = provider(docker);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        ServiceSpec service = ServiceSpec.builder("svc" + i).image(reference).build();
        ids.add(pool.submit(() -> provider.ensure(service, reference, PullPolicy.MISSING, Optional.empty())));
      }
      for (Future<String> id : ids) {
        assertThat(id.get(2, TimeUnit.MINUTES)).isEqualTo(ids.get(0).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(types()).filteredOn(type -> type == DeploymentEvent.Type.PULLED).hasSize(1);

    events.clear();
    String id = ids.get(0).get();
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();
    assertThat(provider(docker).ensure(web, reference, PullPolicy.MISSING, Optional.of(id))).isEqualTo(id);
    assertThat(events).isEmpty();
  }

  @Test
  void neverFailsOnAnAbsentImage(DockerClient docker) {
    String reference = registry.host() + "/" + project + "/absent:1";
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();

    assertThatThrownBy(() -> provider(docker).ensure(web, reference, PullPolicy.NEVER, Optional.empty()))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining(reference).hasMessageContaining("pull policy is never");
    assertThat(events).isEmpty();
  }

  @Test
  void aRepushedTagGivesTheNewImageUnderAlways(DockerClient docker) {
    String reference = push(docker, TestImages.busybox(docker), "app:2");
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();
    String first = provider(docker).ensure(web, reference, PullPolicy.ALWAYS, Optional.empty());

    String local = project + "-v2:latest";
    created.add(local);
    ServiceSpec builder = ServiceSpec.builder("v2").image(local).build(BuildSpec.builder()
        .context(emptyDirectory().toString())
        .dockerfileInline("FROM " + TestImages.BUSYBOX + "\nLABEL dev.phoenix.test.version=2\n")
        .labels(TestLabel.asMap()).build()).build();
    String second = provider(docker).ensure(builder, local, PullPolicy.BUILD, Optional.empty());
    push(docker, local, "app:2");

    String pulled = provider(docker).ensure(web, reference, PullPolicy.ALWAYS, Optional.of(first));

    assertThat(pulled).isEqualTo(second).isNotEqualTo(first);
  }

  @Test
  void aClosedRegistryPortFailsNamingTheImageAndTheEnginesAnswer(DockerClient docker) {
    String reference = "127.0.0.1:" + LoopbackPorts.free() + "/nope:1";
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();

    assertThatThrownBy(() -> provider(docker).ensure(web, reference, PullPolicy.MISSING, Optional.empty(),
        List.of("created network " + project + "_default")))
        .isInstanceOfSatisfying(ImageUnavailableException.class, e -> {
          assertThat(e.image()).isEqualTo(reference);
          assertThat(e.completed()).containsExactly("created network " + project + "_default");
        })
        .hasMessageContaining(reference).hasMessageContaining("service web").hasMessageContaining("connection refused");
  }

  @Test
  void aMissingTagFailsWithTheRegistrysAnswer(DockerClient docker) {
    push(docker, TestImages.busybox(docker), "app:1");
    String reference = registry.host() + "/" + project + "/app:missing";
    ServiceSpec web = ServiceSpec.builder("web").image(reference).build();

    assertThatThrownBy(() -> provider(docker).ensure(web, reference, PullPolicy.ALWAYS, Optional.empty()))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining(reference).hasMessageContaining("manifest unknown");
  }

  @Test
  void buildsWithArgsTargetLabelsAndDockerignore(DockerClient docker, @TempDir Path context) throws Exception {
    Files.writeString(context.resolve("Dockerfile.multi"), """
        FROM %s AS base
        ARG GREETING=unset
        RUN echo "$GREETING" > /greeting
        COPY . /ctx/
        FROM base AS first
        RUN echo first > /stage
        FROM base AS second
        RUN echo second > /stage
        """.formatted(TestImages.BUSYBOX));
    Files.writeString(context.resolve(".dockerignore"), "*.secret\nlogs\n!logs/keep.log\n");
    Files.writeString(context.resolve("app.txt"), "app");
    Files.writeString(context.resolve("key.secret"), "never sent");
    Files.createDirectories(context.resolve("logs"));
    Files.writeString(context.resolve("logs/a.log"), "no");
    Files.writeString(context.resolve("logs/keep.log"), "yes");
    ServiceSpec api = ServiceSpec.builder("api").build(BuildSpec.builder()
        .context(context.toString()).dockerfile("Dockerfile.multi").target("first")
        .args(Map.of("GREETING", "hello")).labels(Map.of(TestLabel.KEY, TestLabel.VALUE, "app.version", "7"))
        .build()).build();
    String reference = ComposeNames.image(project, api);
    created.add(reference);

    String id = provider(docker).ensure(api, reference, PullPolicy.MISSING, Optional.empty());

    assertThat(docker.inspectImageCmd(reference).exec().getId()).isEqualTo(id);
    assertThat(docker.inspectImageCmd(reference).exec().getConfig().getLabels()).containsEntry("app.version", "7");
    assertThat(types()).startsWith(DeploymentEvent.Type.BUILDING).endsWith(DeploymentEvent.Type.BUILT);
    assertThat(events).extracting(DeploymentEvent::message).anyMatch(m -> m != null && m.startsWith("Step 1/"));
    String output = run(docker, reference, "cat /greeting /stage; cd /ctx && find . -type f | sort");
    // The engine gets .dockerignore itself, as from the docker CLI; what it names is never sent.
    assertThat(output).isEqualTo("hello\nfirst\n./.dockerignore\n./Dockerfile.multi\n./app.txt\n./logs/keep.log\n");
  }

  @Test
  void aFailingBuildNamesTheServiceTheStepAndTheBuildersMessage(DockerClient docker) {
    ServiceSpec api = ServiceSpec.builder("api").build(BuildSpec.builder()
        .context(emptyDirectory().toString())
        .dockerfileInline("FROM " + TestImages.BUSYBOX + "\nRUN echo about to fail && exit 7\n")
        .build()).build();
    String reference = ComposeNames.image(project, api);
    created.add(reference);

    assertThatThrownBy(() -> provider(docker).ensure(api, reference, PullPolicy.BUILD, Optional.empty()))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining("service api").hasMessageContaining(reference)
        .hasMessageContaining("RUN echo about to fail && exit 7")
        .hasMessageContaining("returned a non-zero code: 7")
        .hasMessageContaining("about to fail");
  }

  private ImageProvider provider(DockerClient docker) {
    return new ImageProvider(docker, project, events::add);
  }

  private String push(DockerClient docker, String local, String repoTag) {
    String reference = registry.push(docker, local, project + "/" + repoTag);
    created.add(reference);
    return reference;
  }

  private List<DeploymentEvent.Type> types() {
    return events.stream().map(DeploymentEvent::type).toList();
  }

  private static Path emptyDirectory() {
    try {
      Path dir = Files.createTempDirectory("phoenix-empty-context-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code script} in a labelled container of {@code image} and returns its output. */
  private static String run(DockerClient docker, String image, String script) throws InterruptedException {
    String id = docker.createContainerCmd(image).withCmd("sh", "-c", script).withLabels(TestLabel.asMap())
        .exec().getId();
    try {
      docker.startContainerCmd(id).exec();
      docker.waitContainerCmd(id).start().awaitStatusCode(30, TimeUnit.SECONDS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
        @Override
        public void onNext(Frame frame) {
          out.writeBytes(frame.getPayload());
        }
      }).awaitCompletion(30, TimeUnit.SECONDS);
      return out.toString(UTF_8);
    } finally {
      docker.removeContainerCmd(id).withForce(true).exec();
    }
  }
}
