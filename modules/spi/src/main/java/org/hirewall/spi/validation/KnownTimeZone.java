package org.hirewall.spi.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** A time zone that exists in the IANA database (e.g. {@code America/Chicago}); null passes. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = KnownTimeZone.Check.class)
public @interface KnownTimeZone {
  String message() default "an IANA time zone that exists, e.g. America/Chicago";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Check implements ConstraintValidator<KnownTimeZone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || (value.length() <= 64 && ZoneId.getAvailableZoneIds().contains(value));
    }
  }
}
