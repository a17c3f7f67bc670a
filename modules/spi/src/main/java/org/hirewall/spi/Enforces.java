package org.hirewall.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guidance controls a plugin extension enforces, by their stable IDs from {@code
 * config/guidance/controls.tsv} (e.g. {@code "ORG-01"}, {@code "RESP-07"}). The server refuses to
 * deploy an extension whose list is empty, repeats an ID, names an unknown ID or names a control
 * the catalog marks as never to be automated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Enforces {
  String[] value();
}
