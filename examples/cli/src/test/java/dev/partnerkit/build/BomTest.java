package dev.partnerkit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (so that importing it manages nothing but Partnerkit's artifacts), which
 * leaves its list and version to be kept in step by hand; this test keeps them in step: every jar
 * module the build deploys, at the build's version, and nothing else.
 */
class BomTest {
  /** The repository's root, from this module's folder (examples/cli), where Surefire runs. */
  private static final Path ROOT = Path.of("../..");

  @Test
  void theBomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml"));
    Element bom = read(ROOT.resolve("examples/bom/pom.xml"));
    TreeSet<String> published = new TreeSet<>();
    collectPublished(ROOT, published);
    TreeSet<String> managed = new TreeSet<>();
    List<Element> dependencies =
        child(bom, "dependencyManagement")
            .flatMap(management -> child(management, "dependencies"))
            .map(list -> children(list, "dependency"))
            .orElseThrow();
    for (Element dependency : dependencies) {
      assertThat(text(dependency, "groupId")).isEqualTo("dev.partnerkit");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }

    assertThat(child(bom, "parent")).isEmpty();
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    assertThat(managed).isEqualTo(published);
  }

  /** Adds the artifact ids of the jar modules at and under {@code folder} that are deployed. */
  private static void collectPublished(Path folder, TreeSet<String> published) throws Exception {
    Element project = read(folder.resolve("pom.xml"));
    String packaging = text(project, "packaging");
    boolean skipped =
        child(project, "properties")
            .map(properties -> text(properties, "maven.deploy.skip").equals("true"))
            .orElse(false);
    if ((packaging.isEmpty() || packaging.equals("jar")) && !skipped) {
      published.add(text(project, "artifactId"));
    }
    for (Element module :
        child(project, "modules").map(m -> children(m, "module")).orElse(List.of())) {
      Path path = folder.resolve(module.getTextContent().strip());
      if (Files.isRegularFile(path.resolve("pom.xml"))) {
        collectPublished(path, published);
      }
    }
  }

  private static Element read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(pom.toFile())
        .getDocumentElement();
  }

  /** Returns the direct child of that name: the POM's own field, never an inherited one. */
  private static Optional<Element> child(Element element, String name) {
    return children(element, name).stream().findFirst();
  }

  private static List<Element> children(Element element, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element element, String name) {
    return child(element, name).map(e -> e.getTextContent().strip()).orElse("");
  }
}
