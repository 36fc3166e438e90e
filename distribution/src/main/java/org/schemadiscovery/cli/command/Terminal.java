package org.schemadiscovery.cli.command;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * The person at the keyboard, when there is one: where {@code migrate --apply} asks before it writes. A run without a
 * terminal (a pipe, CI) has none, and must say {@code --yes} instead.
 */
@FunctionalInterface
public interface Terminal {
    /**
     * Prints the prompt and reads one line.
     *
     * @return the line typed, or null at the end of input
     */
    String ask(String prompt);

    /** The process's terminal, or null when standard input and output are not one. */
    static Terminal system() {
        Console console = System.console();
        if (console == null || !interactive(console)) {
            return null;
        }
        return prompt -> console.readLine("%s", prompt);
    }

    /** From Java 22 a console exists even when redirected; {@code isTerminal()} then tells (absent before 22). */
    private static boolean interactive(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
