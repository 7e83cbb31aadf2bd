/**
 * Constraint validation of model values: {@link dev.partnerkit.model.validation.ModelValidator}
 * returns every {@link dev.partnerkit.model.validation.Violation} or throws one {@link
 * dev.partnerkit.model.validation.InvalidModelException} listing them all.
 */
package dev.partnerkit.model.validation;
