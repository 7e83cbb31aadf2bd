package dev.partnerkit.examples.spring;

import dev.partnerkit.model.Customer;
import dev.partnerkit.rules.Action;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the decision endpoint reads: a customer, checked against the model's constraints by the
 * framework's validator, and the action to decide, named by its verb in {@code "do"}.
 *
 * @param customer the customer the action concerns; registered with the program if it is new
 * @param action the action to decide
 */
public record DecisionRequest(@NotNull @Valid Customer customer, @NotNull Action action) {}
