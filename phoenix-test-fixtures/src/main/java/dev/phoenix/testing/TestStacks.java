package dev.phoenix.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;

/** Removes what a test deployed: every Compose project whose name starts with the test's prefix. */
public final class TestStacks {
    /** The label that names a container's or network's Compose project. */
    public static final String PROJECT_LABEL = "com.docker.compose.project";

    private TestStacks() {
    }

    /**
     * Force-removes the containers (with their anonymous volumes), then the networks, of every
     * project whose name starts with {@code prefix}. Named volumes are left to the test.
     */
    public static void removeAll(DockerClient docker, String prefix) {
        for (Container container : docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(PROJECT_LABEL)).exec()) {
            if (container.getLabels().get(PROJECT_LABEL).startsWith(prefix)) {
                docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
            }
        }
        docker.listNetworksCmd().withFilter("label", List.of(PROJECT_LABEL)).exec().stream()
                .filter(network -> network.getLabels().get(PROJECT_LABEL).startsWith(prefix))
                .forEach(network -> docker.removeNetworkCmd(network.getId()).exec());
    }
}
