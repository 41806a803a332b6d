package dev.blogwright.util;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one kind of class allowed past SLF4J: one that sets the level of a library that logs through
 * java.util.logging itself (JavaFX does). LayeringTest exempts such classes and nothing else.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SetsThirdPartyLogging {
}
