package org.mizan.coder.dict.own;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.coder.dict.own.DictEntry.Kind;

/**
 * The line-by-line state of reading one dictionary file: the current section, and the entry (or person)
 * still accepting continuation and tenure lines. Feed it every line with {@link #line(String)}, then call
 * {@link #finish()}. The first malformed line ends the read with a {@link DictionaryFormatException}.
 */
final class DictionaryParser {

    private static final Pattern ACTOR_CODE = Pattern.compile("(?:[A-Z]{3}){1,5}");
    private static final Pattern WORD_CODE = Pattern.compile("[a-z]+(?:-[a-z]+)*");
    private static final Pattern ENTRY = Pattern.compile("([^:\\s|]+)\\s*:(.*)");
    private static final Pattern TENURE = Pattern.compile("(\\S+)\\s+(\\S*?)\\.\\.(\\S*)(?:\\s+(.*))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final List<DictEntry> entries = new ArrayList<>();
    private int lineNo;
    private Kind section;
    private Kind openKind;
    private String openCode;
    private int openLine;
    private Set<String> openNames;
    private Set<String> openKeys;
    private List<Tenure> openTenures;

    DictionaryParser(String file) {
        this.file = file;
    }

    /** Takes the next line of the file, without its line break. */
    void line(String raw) throws DictionaryFormatException {
        lineNo++;
        String text = OwnDictionaryReader.stripComment(raw).strip();
        if (lineNo == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("[")) {
            section(text);
        } else if (section == null) {
            throw error("line before any section header such as [actors]");
        } else if (text.startsWith("|")) {
            continuation(text.substring(1));
        } else if (section == Kind.PERSON) {
            personLine(text);
        } else {
            entry(text);
        }
    }

    /** Closes the last entry and returns all entries read, in file order. */
    List<DictEntry> finish() throws DictionaryFormatException {
        close();
        return Collections.unmodifiableList(entries);
    }

    private void section(String text) throws DictionaryFormatException {
        close();
        section = switch (text.toLowerCase(Locale.ROOT)) {
            case "[actors]" -> Kind.ACTOR;
            case "[people]" -> Kind.PERSON;
            case "[agents]" -> Kind.AGENT;
            case "[issues]" -> Kind.ISSUE;
            case "[discards]" -> Kind.DISCARD;
            default -> throw error("unknown section " + text
                    + " (expected [actors], [people], [agents], [issues] or [discards])");
        };
    }

    private void entry(String text) throws DictionaryFormatException {
        if (text.startsWith("=")) {
            throw error("person line '= ...' outside a [people] section");
        }
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            throw error("expected 'CODE: name | name ...'");
        }
        close();
        String code = m.group(1);
        checkCode(section, code);
        open(section, code);
        addNames(m.group(2));
    }

    private void personLine(String text) throws DictionaryFormatException {
        if (text.startsWith("=")) {
            close();
            open(Kind.PERSON, null);
            addNames(text.substring(1));
            return;
        }
        if (openKind != Kind.PERSON) {
            throw error("tenure line outside a person block (start one with '= Name | Name')");
        }
        Matcher m = TENURE.matcher(text);
        if (!m.matches()) {
            throw error("expected a tenure 'CODE YYYY-MM-DD..[YYYY-MM-DD] Title'");
        }
        String code = m.group(1);
        checkCode(Kind.ACTOR, code);
        LocalDate from = date(m.group(2));
        LocalDate to = m.group(3).isEmpty() ? null : date(m.group(3));
        if (to != null && to.isBefore(from)) {
            throw error("tenure ends " + to + " before it starts " + from);
        }
        String title = m.group(4) == null ? "" : m.group(4).strip();
        if (title.isEmpty()) {
            throw error("tenure without a title");
        }
        openTenures.add(new Tenure(code, from, to, title));
    }

    private void continuation(String names) throws DictionaryFormatException {
        if (openKind == null) {
            throw error("continuation '| ...' without an entry above it");
        }
        addNames(names);
    }

    private void open(Kind kind, String code) {
        openKind = kind;
        openCode = code;
        openLine = lineNo;
        openNames = new LinkedHashSet<>();
        openKeys = new HashSet<>();
        openTenures = new ArrayList<>();
    }

    private void close() throws DictionaryFormatException {
        if (openKind == null) {
            return;
        }
        if (openKind == Kind.PERSON && openTenures.isEmpty()) {
            throw new DictionaryFormatException(file, openLine, "person '" + openNames.iterator().next()
                    + "' has no tenure line");
        }
        entries.add(new DictEntry(openKind, openCode, List.copyOf(openNames), openTenures, file, openLine));
        openKind = null;
    }

    private void addNames(String list) throws DictionaryFormatException {
        for (String part : list.split("\\|", -1)) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                throw error("empty name (check for '||' or a '|' at the start or end)");
            }
            checkQuotes(name);
            int star = name.indexOf('*');
            if (star >= 0 && (star != name.length() - 1 || name.length() == 1
                    || Character.isWhitespace(name.charAt(star - 1)))) {
                throw error("'*' is allowed only at the end of a word, as the last character: " + name);
            }
            if (name.indexOf(':') >= 0 || name.indexOf('[') >= 0 || name.indexOf('=') >= 0) {
                throw error("name contains ':', '[' or '=' (a missing line break?): " + name);
            }
            // Matching ignores case, so "Al-Naimi" and "al-Naimi" are the same name.
            if (!openKeys.add(name.toLowerCase(Locale.ROOT))) {
                throw error("name listed twice in one entry (ignoring case): " + name);
            }
            openNames.add(name);
        }
    }

    /** A quoted name ("US") must be quoted as a whole, once, around something. */
    private void checkQuotes(String name) throws DictionaryFormatException {
        int quotes = (int) name.chars().filter(c -> c == '"').count();
        if (quotes == 0) {
            return;
        }
        if (quotes != 2 || !DictEntry.isExactCase(name) || name.length() < 3) {
            throw error("'\"' may only enclose a whole name, as in \"US\": " + name);
        }
    }

    private void checkCode(Kind kind, String code) throws DictionaryFormatException {
        switch (kind) {
            case ACTOR, PERSON -> {
                if (!ACTOR_CODE.matcher(code).matches()) {
                    throw error("bad actor code '" + code + "' (expected 1-5 upper-case three-letter parts)");
                }
            }
            case AGENT -> {
                if (!ACTOR_CODE.matcher(code).matches() || !ExtraCodes.allRoles(code)) {
                    throw error("bad agent code '" + code + "' (expected CAMEO role codes such as MIL)");
                }
            }
            case ISSUE, DISCARD -> {
                if (!WORD_CODE.matcher(code).matches()) {
                    throw error("bad " + kind.name().toLowerCase(Locale.ROOT) + " code '" + code
                            + "' (expected a lower-case word such as energy)");
                }
            }
            default -> throw new AssertionError(kind);
        }
    }

    private LocalDate date(String text) throws DictionaryFormatException {
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw error("bad date '" + text + "' (expected an existing day as YYYY-MM-DD)");
        }
    }

    private DictionaryFormatException error(String reason) {
        return new DictionaryFormatException(file, lineNo, reason);
    }
}
