package dev.picloud.common.exec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the executors are: a comma-separated {@code host:port} list, or {@code dns:///name:port}, which stands for
 * every address the name resolves to (a Kubernetes headless service gives one per executor pod).
 *
 * @param spec the configured text
 * @param dnsName the name to resolve, or null for a static list
 * @param dnsPort the port with {@code dnsName}
 * @param staticTargets the fixed targets of a static list
 */
public record ExecutorEndpoints(String spec, String dnsName, int dnsPort, List<String> staticTargets) {
  public ExecutorEndpoints {
    staticTargets = List.copyOf(staticTargets);
  }

  /**
   * Parses the setting's text.
   *
   * @throws IllegalArgumentException naming the problem
   */
  public static ExecutorEndpoints parse(String spec) {
    String s = spec.trim();
    if (s.startsWith("dns:///")) {
      String hostPort = s.substring("dns:///".length());
      int colon = hostPort.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("expected dns:///name:port, got '" + spec + "'");
      }
      return new ExecutorEndpoints(s, hostPort.substring(0, colon), port(hostPort.substring(colon + 1), spec), List.of());
    }
    List<String> targets = new ArrayList<>();
    for (String part : s.split(",")) {
      String t = part.trim();
      if (t.isEmpty()) {
        continue;
      }
      int colon = t.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("expected host:port, got '" + t + "'");
      }
      port(t.substring(colon + 1), spec);
      targets.add(t);
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("names no executor");
    }
    return new ExecutorEndpoints(s, null, 0, targets);
  }

  private static int port(String text, String spec) {
    try {
      int p = Integer.parseInt(text);
      if (p > 0 && p < 65_536) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("bad port '" + text + "' in '" + spec + "'");
  }

  /** Whether the set of targets can change (DNS). */
  public boolean dynamic() {
    return dnsName != null;
  }

  /** The targets now: the static list, or the name's current addresses. */
  public Set<String> resolve() throws UnknownHostException {
    if (dnsName == null) {
      return new LinkedHashSet<>(staticTargets);
    }
    Set<String> out = new LinkedHashSet<>();
    for (InetAddress a : InetAddress.getAllByName(dnsName)) {
      String host = a.getHostAddress();
      out.add((host.contains(":") ? "[" + host + "]" : host) + ":" + dnsPort);
    }
    return out;
  }
}
