package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code docs/rules.md} to the specification: every rule id RULES.md states has a row there
 * saying how Partnerkit implements it, or where it stands when it does not yet. RULES.md lives
 * beside the project ({@code ../shared/domain/RULES.md}); where it is absent the comparison is
 * skipped, saying so. That every engine rule is exercised allowed and denied by the conformance
 * scenarios is {@link ConformanceSuiteTest}'s.
 */
class RulesDocumentationTest {
  private static final Path RULES_MD = Path.of("../../../shared/domain/RULES.md");
  private static final Path RULES_PAGE = Path.of("../../docs/rules.md");

  /** A rule's statement in RULES.md: a list item opening with its id. */
  private static final Pattern STATED = Pattern.compile("(?m)^- ([A-Z]+-\\d+) ");

  /** A row of docs/rules.md: a table row opening with an id. */
  private static final Pattern ROW = Pattern.compile("(?m)^\\| ([A-Z]+-\\d+) \\|");

  @Test
  void everyRuleIdOfRulesMdHasARowInDocsRulesMd() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(RULES_MD),
        "RULES.md is not at " + RULES_MD.toAbsolutePath().normalize() + "; comparison skipped");
    Set<String> stated = ids(STATED, Files.readString(RULES_MD, StandardCharsets.UTF_8));
    Set<String> documented = ids(ROW, Files.readString(RULES_PAGE, StandardCharsets.UTF_8));

    assertThat(stated).as("rule ids stated in RULES.md").isNotEmpty();
    assertThat(documented).as("docs/rules.md rows").containsAll(stated);
    // A row naming no rule of RULES.md is one of the library's own, which the Rule enum states.
    for (String id : documented) {
      if (!stated.contains(id)) {
        assertThat(Rule.byId(id)).as("docs/rules.md row " + id).isPresent();
      }
    }
  }

  @Test
  void everyRuleOfTheEnumHasARowInDocsRulesMd() throws IOException {
    Set<String> documented = ids(ROW, Files.readString(RULES_PAGE, StandardCharsets.UTF_8));
    for (Rule rule : Rule.values()) {
      assertThat(documented).as("docs/rules.md").contains(rule.getId());
    }
  }

  private static Set<String> ids(Pattern pattern, String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
