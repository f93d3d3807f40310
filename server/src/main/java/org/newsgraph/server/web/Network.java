package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entities most often named beside one entity, as a graph: the entity at the centre, the others on a circle,
 * each edge as thick as the number of articles naming both.
 */
public record Network(String center, List<Node> nodes, int size) {

  public static final int SIZE = 460;
  private static final int MAX_NODES = 14;

  /** A co-occurring entity, where it stands, its edge's width and the link to its page. */
  public record Node(String name, long count, double x, double y, double width, String link, String anchor) {}

  public static Network of(String center, List<Map.Entry<String, Long>> cooccurring,
      java.util.function.Function<String, String> link) {
    List<Map.Entry<String, Long>> shown = cooccurring.stream().filter(e -> !e.getKey().equals(center))
        .limit(MAX_NODES).toList();
    long max = shown.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    double c = SIZE / 2.0;
    double radius = SIZE / 2.0 - 70;
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
      double x = c + radius * Math.cos(angle);
      double y = c + radius * Math.sin(angle);
      long count = shown.get(i).getValue();
      String anchor = Math.cos(angle) > 0.2 ? "start" : Math.cos(angle) < -0.2 ? "end" : "middle";
      nodes.add(new Node(shown.get(i).getKey(), count, x, y, 1 + 5.0 * count / max, link.apply(shown.get(i).getKey()),
          anchor));
    }
    return new Network(center, nodes, SIZE);
  }

  public double middle() {
    return SIZE / 2.0;
  }

  /** Where a node's label goes: outside the circle, away from the centre. */
  public static double labelX(Node node) {
    double c = SIZE / 2.0;
    return node.x() + (node.x() - c) * 0.12;
  }

  public static double labelY(Node node) {
    double c = SIZE / 2.0;
    return node.y() + (node.y() - c) * 0.12 + 4;
  }
}
