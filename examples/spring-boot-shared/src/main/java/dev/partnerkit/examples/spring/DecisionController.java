package dev.partnerkit.examples.spring;

import dev.partnerkit.model.Customer;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asks the partner program's rules about an action: {@code POST /decisions} with a {@link
 * DecisionRequest} answers a {@link DecisionResponse}. The framework reads the request with its own
 * JSON mapper, which binds the model and the actions through Partnerkit's Jackson modules, and
 * checks it with its own validator before this controller sees it.
 */
@RestController
public class DecisionController {
  private final PartnerProgram program;
  private final Clock clock;

  /**
   * Creates the controller.
   *
   * @param program the program whose rules decide
   * @param clock the time of each decision (the rules read no clock of their own)
   */
  public DecisionController(PartnerProgram program, Clock clock) {
    this.program = program;
    this.clock = clock;
  }

  /**
   * Registers the request's customer if the program does not know it yet, then returns the rules'
   * decision on the action.
   *
   * @param request the customer and the action, already valid
   * @return the decision with the ids of the rules broken
   */
  @PostMapping(
      path = "/decisions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public DecisionResponse decide(@Valid @RequestBody DecisionRequest request) {
    Instant now = clock.instant();
    Customer customer = request.customer();
    if (program.customer(customer.getId()).isEmpty()) {
      Decision registration = program.apply(new Action.RegisterCustomer(customer), now).decision();
      if (registration.isDenied()) {
        return DecisionResponse.of(registration);
      }
    }
    return DecisionResponse.of(program.decide(request.action(), now));
  }

  /**
   * Answers a request that breaks the model's constraints with each field at fault.
   *
   * @param e the framework's report of the failed validation
   * @return the fields and what was expected of them
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ValidationFailure invalid(MethodArgumentNotValidException e) {
    return new ValidationFailure(
        e.getBindingResult().getFieldErrors().stream()
            .sorted(Comparator.comparing(FieldError::getField))
            .map(
                error ->
                    new ValidationFailure.FieldViolation(
                        error.getField(), String.valueOf(error.getDefaultMessage())))
            .toList());
  }
}
