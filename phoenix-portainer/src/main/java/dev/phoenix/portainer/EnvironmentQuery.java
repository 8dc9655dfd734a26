package dev.phoenix.portainer;

import java.util.List;

/**
 * Which environments {@link PortainerEnvironments#list(EnvironmentQuery)} returns.
 *
 * <pre>{@code
 * EnvironmentQuery.all().withName("prod");                 // exact name
 * EnvironmentQuery.all().withTypes(List.of(1, 2, 4));       // Docker environments only
 * }</pre>
 *
 * @param name an exact name, or null
 * @param search a text Portainer searches in names, tags and URLs, or null
 * @param types the {@link Environment#type()} values to keep, empty for all
 * @param pageSize how many environments one request fetches (the list follows every page)
 */
public record EnvironmentQuery(String name, String search, List<Integer> types, int pageSize) {
  private static final int DEFAULT_PAGE_SIZE = 100;

  /** Copies the list and checks the page size. */
  public EnvironmentQuery {
    types = types == null ? List.of() : List.copyOf(types);
    if (pageSize <= 0) {
      throw new IllegalArgumentException("the page size is positive: " + pageSize);
    }
  }

  /** Every environment, 100 per request. */
  public static EnvironmentQuery all() {
    return new EnvironmentQuery(null, null, List.of(), DEFAULT_PAGE_SIZE);
  }

  /** This query for the environment named exactly {@code name}. */
  public EnvironmentQuery withName(String name) {
    return new EnvironmentQuery(name, search, types, pageSize);
  }

  /** This query for environments matching {@code search}. */
  public EnvironmentQuery withSearch(String search) {
    return new EnvironmentQuery(name, search, types, pageSize);
  }

  /** This query for environments of these types. */
  public EnvironmentQuery withTypes(List<Integer> types) {
    return new EnvironmentQuery(name, search, types, pageSize);
  }

  /** This query fetching {@code pageSize} environments per request. */
  public EnvironmentQuery withPageSize(int pageSize) {
    return new EnvironmentQuery(name, search, types, pageSize);
  }
}
