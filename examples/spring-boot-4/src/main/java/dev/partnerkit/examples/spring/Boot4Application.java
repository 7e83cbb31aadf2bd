package dev.partnerkit.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application that asks the partner program's rules over HTTP ({@link
 * DecisionController}). Nothing here mentions JSON: Boot 4's Jackson 3 mapper finds Partnerkit's
 * modules through the {@link java.util.ServiceLoader}.
 */
@SpringBootApplication
public class Boot4Application {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(Boot4Application.class, args);
  }
}
