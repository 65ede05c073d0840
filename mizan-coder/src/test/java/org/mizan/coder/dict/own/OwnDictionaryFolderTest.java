package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mizan.coder.dict.own.DictEntry.Kind;

/** Loading a folder of dictionaries through its index, as {@code readDefaults()} does for the shipped one. */
class OwnDictionaryFolderTest {

    private static final String HERE = "/org/mizan/coder/dict/own/";

    @Test
    void readsListedFilesInIndexOrder() {
        var entries = OwnDictionaryReader.readFolder(HERE + "good/");
        assertThat(entries).extracting(DictEntry::file).containsExactly("first.txt", "second.txt");
        assertThat(entries).extracting(DictEntry::kind).containsExactly(Kind.ACTOR, Kind.PERSON);
    }

    @Test
    void malformedFileIsAnUncheckedErrorNamingFileAndLine() {
        assertThatThrownBy(() -> OwnDictionaryReader.readFolder(HERE + "bad/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.txt:3:")
                .hasMessageContaining("bad date '2022-04-31'")
                .hasCauseInstanceOf(DictionaryFormatException.class);
    }

    @Test
    void missingListedFileIsAnUncheckedError() {
        assertThatThrownBy(() -> OwnDictionaryReader.readFolder(HERE + "missing/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("absent.txt");
    }

    @Test
    void defaultsAreReadOnceAndShared() {
        assertThat(OwnDictionaryReader.readDefaults()).isSameAs(OwnDictionaryReader.readDefaults()).isNotEmpty();
    }
}
