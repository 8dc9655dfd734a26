package dev.phoenix.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Linux bridge a second test daemon uses instead of {@code docker0}, and the address pool its
 * user networks come from: {@code br-phxN} with {@code 172.30.N.1/24}, pool
 * {@code 172.31.N.0/24} cut into {@code /28} networks. N is chosen so that neither range overlaps
 * an address or route already on the host, so the main daemon's networks, other test daemons and
 * the bridges of earlier instances are never touched.
 */
final class HostBridge {

    private static final int FIRST = 1;
    private static final int LAST = 254;

    private final int index;

    private HostBridge(int index) {
        this.index = index;
    }

    /** Creates and brings up a bridge with a free name and free ranges. */
    static synchronized HostBridge create() {
        List<long[]> taken = takenRanges();
        int start = ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
        for (int i = 0; i < LAST; i++) {
            int index = FIRST + (start - FIRST + i) % LAST;
            if (overlapsAny(range("172.30." + index + ".0/24"), taken)
                    || overlapsAny(range("172.31." + index + ".0/24"), taken)) {
                continue;
            }
            HostBridge bridge = new HostBridge(index);
            // Another process may have taken the name since the listing: then try the next one.
            if (HostCommand.exec("ip", "link", "add", bridge.name(), "type", "bridge").succeeded()) {
                try {
                    HostCommand.run("ip", "addr", "add", "172.30." + index + ".1/24", "dev", bridge.name());
                    HostCommand.run("ip", "link", "set", bridge.name(), "up");
                    return bridge;
                } catch (AssertionError e) {
                    bridge.delete();
                    throw e;
                }
            }
        }
        throw new AssertionError("No free bridge name and 172.30.N.0/24 / 172.31.N.0/24 ranges left on this host:\n"
                + HostCommand.run("ip", "-4", "-o", "addr", "show"));
    }

    /** The bridge's interface name, {@code br-phxN}. */
    String name() {
        return "br-phx" + index;
    }

    /** The daemon's {@code --default-address-pool} value. */
    String addressPool() {
        return "base=172.31." + index + ".0/24,size=28";
    }

    /** Whether the bridge is still on the host. */
    boolean exists() {
        return HostCommand.exec("ip", "link", "show", name()).succeeded();
    }

    /**
     * Deletes the bridge and the bridges of the daemon's user networks, which the daemon leaves
     * behind when it stops; those are recognised by their address in this instance's own pool.
     */
    void delete() {
        long[] pool = range("172.31." + index + ".0/24");
        for (String line : HostCommand.run("ip", "-4", "-o", "addr", "show").split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 3 && "inet".equals(fields[2]) && overlaps(range(fields[3]), pool)) {
                HostCommand.exec("ip", "link", "delete", fields[1]);
            }
        }
        if (exists()) {
            HostCommand.run("ip", "link", "delete", name());
        }
    }

    private static List<long[]> takenRanges() {
        List<long[]> taken = new ArrayList<>();
        for (String line : HostCommand.run("ip", "-4", "-o", "addr", "show").split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 3 && "inet".equals(fields[2])) {
                taken.add(range(fields[3]));
            }
        }
        for (String line : HostCommand.run("ip", "-4", "route", "show", "table", "all").split("\n")) {
            String first = line.trim().split("\\s+")[0];
            if (first.matches("\\d+\\.\\d+\\.\\d+\\.\\d+(/\\d+)?")) {
                taken.add(range(first.contains("/") ? first : first + "/32"));
            }
        }
        return taken;
    }

    private static boolean overlapsAny(long[] range, List<long[]> taken) {
        return taken.stream().anyMatch(other -> overlaps(range, other));
    }

    private static boolean overlaps(long[] a, long[] b) {
        return a[0] <= b[1] && b[0] <= a[1];
    }

    /** The first and last address of the network {@code a.b.c.d/len} lies in, as unsigned numbers. */
    private static long[] range(String cidr) {
        String[] parts = cidr.split("/");
        int length = parts.length > 1 ? Integer.parseInt(parts[1]) : 32;
        long address = 0;
        for (String octet : parts[0].split("\\.")) {
            address = address << 8 | Integer.parseInt(octet);
        }
        long size = 1L << (32 - length);
        long first = address & ~(size - 1) & 0xFFFFFFFFL;
        return new long[] {first, first + size - 1};
    }
}
