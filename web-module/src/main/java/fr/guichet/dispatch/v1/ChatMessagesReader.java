package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.provider.ChatMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads OpenAI's {@code messages} into the providers' common form. A role is {@code system}, {@code developer}
 * (OpenAI's newer name for system, read as system), {@code user} or {@code assistant}; the tool-calling roles
 * ({@code tool}, {@code function}) and non-text content parts are refused as not supported yet. A content is a
 * string or an array of text parts ({@code {"type":"text","text":…}}), whose texts are joined by a newline.
 */
final class ChatMessagesReader {

    private static final Map<String, String> ROLES = Map.of(
            "system",
            ChatMessage.SYSTEM,
            "developer",
            ChatMessage.SYSTEM,
            "user",
            ChatMessage.USER,
            "assistant",
            ChatMessage.ASSISTANT);
    private static final Set<String> TOOL_ROLES = Set.of("tool", "function");

    private ChatMessagesReader() {}

    static List<ChatMessage> read(JsonObject body) {
        JsonArray array = JsonParams.array(body, "messages", "messages");
        if (array == null) {
            throw JsonParams.missing("messages");
        }
        if (array.isEmpty()) {
            throw JsonParams.invalid(
                    "messages",
                    "Invalid 'messages': empty array. Expected an array with "
                            + "minimum length 1, but got an empty array instead.");
        }
        List<ChatMessage> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            messages.add(message(array.get(i), "messages[" + i + "]"));
        }
        return messages;
    }

    private static ChatMessage message(JsonValue value, String param) {
        JsonObject message = JsonParams.object(value, param);
        String role = role(message, param + ".role");
        if (JsonParams.value(message, "tool_calls") != null || JsonParams.value(message, "function_call") != null) {
            throw JsonParams.invalid(param + ".tool_calls", "Tool calls are not supported yet by this service.");
        }
        return new ChatMessage(role, content(message, param + ".content"));
    }

    private static String role(JsonObject message, String param) {
        String role = JsonParams.requiredString(message, "role", param);
        if (TOOL_ROLES.contains(role)) {
            throw JsonParams.invalid(
                    param,
                    "Invalid value: '" + role + "'. The role '" + role
                            + "' (tool calling) is not supported yet by this service.");
        }
        String mapped = ROLES.get(role);
        if (mapped == null) {
            throw JsonParams.invalid(
                    param,
                    "Invalid value: '" + role + "'. Supported values are: 'system', "
                            + "'developer', 'user' and 'assistant'.");
        }
        return mapped;
    }

    private static String content(JsonObject message, String param) {
        JsonValue content = JsonParams.value(message, "content");
        if (content == null) {
            throw JsonParams.missing(param);
        }
        if (content instanceof JsonString text) {
            return text.getString();
        }
        if (!(content instanceof JsonArray parts)) {
            throw JsonParams.invalidType(param, "one of a string or an array", content);
        }
        if (parts.isEmpty()) {
            throw JsonParams.invalid(
                    param,
                    "Invalid '" + param + "': empty array. Expected an array with "
                            + "minimum length 1, but got an empty array instead.");
        }
        List<String> texts = new ArrayList<>(parts.size());
        for (int j = 0; j < parts.size(); j++) {
            texts.add(textPart(parts.get(j), param + "[" + j + "]"));
        }
        return String.join("\n", texts);
    }

    private static String textPart(JsonValue value, String param) {
        JsonObject part = JsonParams.object(value, param);
        String type = JsonParams.requiredString(part, "type", param + ".type");
        if (!"text".equals(type)) {
            throw JsonParams.invalid(
                    param + ".type",
                    "Invalid value: '" + type + "'. Content parts of this "
                            + "type are not supported yet by this service: only 'text' is.");
        }
        return JsonParams.requiredString(part, "text", param + ".text");
    }
}
