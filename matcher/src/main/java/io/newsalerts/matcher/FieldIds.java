package io.newsalerts.matcher;

import java.util.List;

/**
 * Small integer ids for the fields of {@link NewsFields}, so that plans and analyzed documents can index
 * arrays and bit masks by field: {@link #TEXT} is 0, the queryable fields follow in {@link NewsFields#QUERYABLE}
 * order.
 */
final class FieldIds {

    static final int TEXT = 0;
    /** How many field ids there are; all fit in the low 16 bits of a mask. */
    static final int COUNT = 1 + NewsFields.QUERYABLE.size();

    private static final List<String> NAMES;

    static {
        String[] names = new String[COUNT];
        names[TEXT] = NewsFields.TEXT;
        for (int i = 0; i < NewsFields.QUERYABLE.size(); i++) {
            names[i + 1] = NewsFields.QUERYABLE.get(i);
        }
        NAMES = List.of(names);
    }

    private FieldIds() {
    }

    /** The id of a field name, or -1 if the layout has no such field. */
    static int of(String field) {
        return NAMES.indexOf(field);
    }
}
