package org.ocnkit.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test that runs once on SQLite and once on PostgreSQL; the method takes the {@link Engine}:
 *
 * <pre>{@code
 * @OnEveryEngine
 * void decisionIsRecorded(Engine engine, @TempDir Path dir) {
 *   try (Workspace ws = TestWorkspaces.create(engine, dir)) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Engine.class)
public @interface OnEveryEngine {}
