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
import java.util.regex.Pattern;

/**
 * An IPv4 address in dotted-quad form or an IPv6 address, as a literal (never looked up in DNS);
 * null passes.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = IpAddress.Check.class)
public @interface IpAddress {
  String message() default "an IPv4 or IPv6 address";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Check implements ConstraintValidator<IpAddress, String> {
    private static final Pattern V4 =
        Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || valid(value);
    }

    static boolean valid(String v) {
      if (V4.matcher(v).matches()) {
        return true;
      }
      if (!v.contains(":") || !V6_CHARS.matcher(v).matches()) {
        return false;
      }
      try {
        // a literal with ':' is parsed, never resolved
        return java.net.InetAddress.getByName("[" + v + "]") != null;
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
  }
}
