package dev.picloud.deploy.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a parsed YAML document (a map, a list, a scalar, or missing), navigated by key: {@code
 * deployment.get("spec").get("template")}. A missing key gives a missing node rather than an exception, so that an
 * assertion can say what was missing.
 */
record Node(Object value) {
  static final Node MISSING = new Node(null);

  Node get(String key) {
    if (value instanceof Map<?, ?> map && map.containsKey(key)) {
      return new Node(map.get(key));
    }
    return MISSING;
  }

  /** Follows a dotted path of map keys: {@code path("spec.template.spec")}. */
  Node path(String dotted) {
    Node node = this;
    for (String key : dotted.split("\\.")) {
      node = node.get(key);
    }
    return node;
  }

  boolean isMissing() {
    return value == null;
  }

  List<Node> list() {
    List<Node> nodes = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        nodes.add(new Node(item));
      }
    }
    return nodes;
  }

  Map<String, Node> map() {
    Map<String, Node> nodes = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((k, v) -> nodes.put(String.valueOf(k), new Node(v)));
    }
    return nodes;
  }

  /** A map of scalars as strings (labels, selectors, ConfigMap data). */
  Map<String, String> strings() {
    Map<String, String> strings = new LinkedHashMap<>();
    map().forEach((k, v) -> strings.put(k, v.text()));
    return strings;
  }

  String text() {
    return value == null ? null : String.valueOf(value);
  }

  int integer() {
    if (value instanceof Number number) {
      return number.intValue();
    }
    throw new IllegalStateException("not a number: " + value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
