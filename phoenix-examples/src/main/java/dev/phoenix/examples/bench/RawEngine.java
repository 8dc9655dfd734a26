package dev.phoenix.examples.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The deploy benchmark's direct line to the engine, with docker-java and no Phoenix logic: the
 * raw floor (create and start the containers, so many at a time), the teardown between rounds,
 * and the check that a stack runs.
 */
final class RawEngine implements AutoCloseable {
  private static final String PROJECT_LABEL = "com.docker.compose.project";

  private final DockerClient docker;
  private final ExecutorService pool;

  RawEngine(String host, int parallelism) {
    DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder().withDockerHost(host).build();
    this.docker = DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .connectionTimeout(Duration.ofSeconds(5))
        .responseTimeout(Duration.ofMinutes(2))
        .build());
    this.pool = Executors.newFixedThreadPool(parallelism);
  }

  /** The engine's version and API version, for the results file. */
  String describe() {
    var version = docker.versionCmd().exec();
    return "engine " + version.getVersion() + ", API " + version.getApiVersion();
  }

  /**
   * The raw floor: one network, then {@code services} containers of {@code image} running
   * {@code command}, each created and started, as many at once as the pool allows. Labelled with
   * {@code project} so that {@link #tearDown} finds them.
   */
  void createAndStart(String project, int services, String image, List<String> command) throws Exception {
    String network = project + "_default";
    docker.createNetworkCmd().withName(network).withLabels(Map.of(PROJECT_LABEL, project)).exec();
    List<Future<?>> started = new ArrayList<>();
    for (int i = 1; i <= services; i++) {
      String service = DeployBenchmark.serviceName(i);
      started.add(pool.submit(() -> {
        CreateContainerResponse created = docker.createContainerCmd(image)
            .withName(project + "-" + service + "-1")
            .withCmd(command)
            .withLabels(Map.of(PROJECT_LABEL, project, "com.docker.compose.service", service))
            .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network))
            .exec();
        docker.startContainerCmd(created.getId()).exec();
        return null;
      }));
    }
    awaitAll(started);
  }

  /** How many of the project's containers run. */
  long running(String project) {
    return docker.listContainersCmd().withLabelFilter(Map.of(PROJECT_LABEL, project)).exec().size();
  }

  /** Removes every container and network labelled with {@code project}, containers killed, not stopped. */
  void tearDown(String project) throws Exception {
    List<Future<?>> removed = new ArrayList<>();
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(PROJECT_LABEL, project)).exec()) {
      removed.add(pool.submit(() -> {
        docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
        return null;
      }));
    }
    awaitAll(removed);
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec()) {
      removeNetwork(network.getId());
    }
  }

  /** The engine releases a removed container's endpoint a moment after the removal returns: retry briefly. */
  private void removeNetwork(String id) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        docker.removeNetworkCmd(id).exec();
        return;
      } catch (DockerException e) {
        if (attempt == 20 || !String.valueOf(e.getMessage()).contains("active endpoints")) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    docker.close();
  }

  private static void awaitAll(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }
  }
}
