package dev.phoenix.portainer.internal;

import dev.phoenix.portainer.PortainerVersion;
import dev.phoenix.portainer.StackTarget;
import okhttp3.HttpUrl;

/** The routes that differ between Portainer versions. */
public final class Routes {
  private Routes() {
  }

  /**
   * The create route: {@code POST /api/stacks/create/{standalone|swarm}/{method}?endpointId=N} on
   * 2.19 and later (2.19.0 has nothing else), {@code POST /api/stacks?type=&method=&endpointId=N}
   * before (type 1 swarm, 2 standalone).
   *
   * @param method {@code string}, {@code file} or {@code repository}
   */
  public static HttpUrl create(PortainerHttp http, PortainerVersion version, StackTarget target, String method) {
    if (version.hasTypedCreateRoutes()) {
      return http.url("api/stacks/create/" + (target.isSwarm() ? "swarm" : "standalone") + "/" + method)
          .addQueryParameter("endpointId", Integer.toString(target.endpointId())).build();
    }
    return http.url("api/stacks")
        .addQueryParameter("type", Integer.toString(target.stackType().code()))
        .addQueryParameter("method", method)
        .addQueryParameter("endpointId", Integer.toString(target.endpointId())).build();
  }

  /** The field of the compose path in a repository create: {@code ComposeFile} since 2.9, before {@code ComposeFilePathInRepository}. */
  public static String composeFileField(PortainerVersion version) {
    return version.isAtLeast(2, 9) ? "ComposeFile" : "ComposeFilePathInRepository";
  }
}
