package dev.phoenix.testing;

import java.util.Map;

/**
 * The label on everything Phoenix's tests create in a Docker engine (containers, networks,
 * volumes, images), so that whatever a failed run leaves behind can be found and removed by label:
 * {@code docker ps -aq --filter label=dev.phoenix.test=true}.
 */
public final class TestLabel {

    /** The label's key. */
    public static final String KEY = "dev.phoenix.test";

    /** The label's value. */
    public static final String VALUE = "true";

    private static final Map<String, String> LABELS = Map.of(KEY, VALUE);

    private TestLabel() {
    }

    /**
     * The test label as a map, ready for docker-java's {@code withLabels} and
     * {@code withLabelFilter}.
     *
     * @return an immutable map holding {@code dev.phoenix.test=true}
     */
    public static Map<String, String> asMap() {
        return LABELS;
    }
}
