package io.newsalerts.langbench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling for the codes the detectors answer with: ISO 639-1, lower case, no region ({@code zh-CN} -> zh),
 * ISO 639-3 codes mapped to their 639-1 code where one exists (OpenNLP answers {@code deu}, {@code cmn}), and
 * Norwegian as Bokmål ({@code no} -> nb: the test data's Norwegian is Bokmål, Optimaize knows only "no").
 */
final class IsoCodes {

    private static final Map<String, String> THREE_TO_TWO = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            THREE_TO_TWO.put(new Locale(two).getISO3Language(), two);
        }
        // Individual languages of a macrolanguage, as OpenNLP's model names them.
        THREE_TO_TWO.put("cmn", "zh");
        THREE_TO_TWO.put("nob", "nb");
        THREE_TO_TWO.put("arb", "ar");
        THREE_TO_TWO.put("pes", "fa");
        THREE_TO_TWO.put("zsm", "ms");
        THREE_TO_TWO.put("ekk", "et");
        THREE_TO_TWO.put("lvs", "lv");
    }

    private IsoCodes() {
    }

    static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = code.toLowerCase(Locale.ROOT).split("[-_]")[0];
        language = THREE_TO_TWO.getOrDefault(language, language);
        return switch (language) {
            case "no" -> "nb";
            case "iw" -> "he";
            case "in" -> "id";
            default -> language;
        };
    }
}
