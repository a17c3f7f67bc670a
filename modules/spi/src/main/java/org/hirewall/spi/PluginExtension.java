package org.hirewall.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an implementation of an extension point: the plugin it belongs to and its own id within
 * that plugin. Both are stable kebab-case identifiers ({@code identity-verification}, {@code
 * wallet-reuse}); they appear in the audit trail and in reports, so never rename them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PluginExtension {
  /** The plugin id, shared by every extension the plugin ships. */
  String plugin();

  /** This extension's id, unique within its plugin. */
  String id();

  /** One sentence for operators and auditors: what this extension does. */
  String description() default "";
}
