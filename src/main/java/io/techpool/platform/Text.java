package io.techpool.platform;

/**
 * A message of the bundle with its arguments, not yet in a language: services say what to tell
 * ({@code m -> m.achievementNotFound(id)}), and whoever knows the reader's language renders it.
 */
@FunctionalInterface
public interface Text {

    String in(Messages messages);

    default String in(Language language) {
        return in(language.messages());
    }
}
