package io.techpool.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reading a configuration file that must be one YAML document (a scoring rule file, the industry chain file), with
 * where and why it cannot be read, so each reader only walks the tree and names its own rules.
 */
public final class YamlFiles {

    private YamlFiles() {}

    /** The text is not one well-formed YAML document; the reader reports {@link #violation} in its own exception. */
    public static final class Unreadable extends Exception {

        private final transient FileViolation violation;

        Unreadable(FileViolation violation) {
            super(violation.toString(), null, false, false);
            this.violation = violation;
        }

        public FileViolation violation() {
            return violation;
        }
    }

    /**
     * The one document of {@code text} (null when empty), read from file {@code source}; {@code oneDocument} is
     * the rule a second document breaks, in the reader's words.
     */
    public static JsonNode readOne(YAMLMapper yaml, String source, String text, Bilingual oneDocument)
            throws Unreadable {
        try (JsonParser parser = yaml.createParser(text)) {
            JsonNode root = yaml.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new Unreadable(new FileViolation(source, at.getLineNr(), at.getColumnNr(), "", oneDocument));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new Unreadable(malformed(source, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where and why the YAML cannot be read: SnakeYAML's own problem and mark when it has them. */
    private static FileViolation malformed(String source, JsonProcessingException e) {
        String problem;
        int line;
        int column;
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            problem = yaml.getProblem();
            line = yaml.getProblemMark().getLine() + 1;
            column = yaml.getProblemMark().getColumn() + 1;
        } else {
            JsonLocation at = e.getLocation();
            problem = e.getOriginalMessage();
            line = at == null ? 0 : at.getLineNr();
            column = at == null ? 0 : at.getColumnNr();
        }
        problem = problem.strip().lines().findFirst().orElse("");
        return new FileViolation(
                source, line, column, "", new Bilingual("YAML 格式错误：" + problem, "malformed YAML: " + problem));
    }
}
