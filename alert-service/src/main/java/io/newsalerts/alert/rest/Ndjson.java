package io.newsalerts.alert.rest;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.mapping.JsonText;

/** Writes NDJSON answers: one JSON value per line. */
final class Ndjson {

    private Ndjson() {
    }

    static String write(List<?> values, ObjectMapper json) {
        StringBuilder answer = new StringBuilder();
        for (Object value : values) {
            answer.append(JsonText.write(value, json)).append('\n');
        }
        return answer.toString();
    }
}
