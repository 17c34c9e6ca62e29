package fr.guichet.privacy.service;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP built in memory: JSON files (indented), JSON-lines files written a line at a time, and other files. */
final class ExportArchive {

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    void json(String name, JsonStructure value) {
        begin(name);
        try (JsonWriter writer = PRETTY.createWriter(unclosable())) {
            writer.write(value);
        }
        end();
    }

    void text(String name, String content) {
        file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void file(String name, byte[] content) {
        begin(name);
        try {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        end();
    }

    /** A JSON-lines file: {@code begin}, then {@code line} per object, then {@code end}. */
    void begin(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(JsonObjectBuilder object) {
        try (JsonWriter writer = Json.createWriter(unclosable())) {
            writer.write(object.build());
        }
        try {
            zip.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void end() {
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] finish() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds {@code value} under {@code key}: null as JSON null, enums in lower case, the rest (dates, instants) as their ISO text, numbers as numbers. */
    static JsonObjectBuilder put(JsonObjectBuilder object, String key, Object value) {
        if (value == null) {
            return object.addNull(key);
        }
        if (value instanceof BigDecimal number) {
            return object.add(key, number);
        }
        if (value instanceof Long number) {
            return object.add(key, number);
        }
        if (value instanceof Integer number) {
            return object.add(key, number);
        }
        if (value instanceof Boolean flag) {
            return object.add(key, flag);
        }
        if (value instanceof Enum<?> constant) {
            return object.add(key, constant.name().toLowerCase(Locale.ROOT));
        }
        return object.add(key, value.toString());
    }

    private OutputStream unclosable() {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
