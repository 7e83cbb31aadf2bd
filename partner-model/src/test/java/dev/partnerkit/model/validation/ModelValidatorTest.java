package dev.partnerkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.GoldenValues;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@link ModelValidator} works with any Jakarta validator the application has, and that
 * its standard validator names the missing dependency when Hibernate Validator is absent.
 */
class ModelValidatorTest {
  private static final Address ADDRESS = golden(Address.class);
  private static final Address NO_CITY = Address.builder().from(ADDRESS).city("").build();

  @Test
  void theApplicationsOwnValidatorDoesTheChecking() {
    // The application's validator is recognisable by its own message interpolation.
    Validator own =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new Marking())
            .buildValidatorFactory()
            .getValidator();
    ModelValidator validator = ModelValidator.using(own);

    List<Violation> violations = validator.violations(NO_CITY);

    assertThat(violations).extracting(Violation::path).containsExactly("city");
    assertThat(violations).extracting(Violation::code).containsExactly("NotBlank");
    assertThat(violations.get(0).message()).startsWith("OWN: ");
    assertThat(validator.accepts(NO_CITY)).isFalse();
    assertThat(validator.accepts(ADDRESS)).isTrue();
    assertThat(validator.require(ADDRESS)).isSameAs(ADDRESS);
    assertThatThrownBy(() -> validator.require(NO_CITY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("city");
  }

  @Test
  void theStaticMethodsUseTheStandardValidator() {
    assertThat(ModelValidator.validate(NO_CITY))
        .isEqualTo(ModelValidator.standard().violations(NO_CITY))
        .extracting(Violation::path)
        .containsExactly("city");
    assertThat(ModelValidator.standard()).isSameAs(ModelValidator.standard());
  }

  @Test
  void theStandardValidatorNamesHibernateValidatorWhenItIsMissing() throws Exception {
    try (URLClassLoader withoutHibernate = classPathWithout("hibernate-validator")) {
      Class<?> type = withoutHibernate.loadClass(ModelValidator.class.getName());

      assertThat(type.getClassLoader()).isSameAs(withoutHibernate);
      assertThatThrownBy(() -> type.getMethod("standard").invoke(null))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.hibernate.validator:hibernate-validator")
          .hasMessageContaining("ModelValidator.using(validator)");
    }
  }

  private static <T> T golden(Class<T> type) {
    return GoldenValues.all().stream()
        .filter(g -> g.type() == type)
        .findFirst()
        .map(g -> type.cast(g.value()))
        .orElseThrow();
  }

  /**
   * Returns a loader over this test's class path minus the jars whose names contain {@code name}.
   */
  private static URLClassLoader classPathWithout(String name) throws MalformedURLException {
    String path =
        Optional.ofNullable(System.getProperty("surefire.test.class.path"))
            .orElse(System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !new File(entry).getName().contains(name)) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** Interpolates as an application might, so the test can tell whose validator ran. */
  private static final class Marking implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return "OWN: " + template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return interpolate(template, context);
    }
  }
}
