package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad line is rejected with the file, the line where it is and a reason that names the
 * problem; nothing is silently skipped.
 */
class OwnDictionaryReaderErrorTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', textBlock = """
            PAK: Pakistan;                                      1; before any section header
            [countries]\\nPAK: Pakistan;                        1; unknown section [countries]
            [actors]\\nPAK Pakistan;                            2; expected 'CODE: name
            [actors]\\nPak: Pakistan;                           2; bad actor code 'Pak'
            [actors]\\nPAKG: Pakistan;                          2; bad actor code 'PAKG'
            [actors]\\nPAKGOVMILSPYCOPJUDLEG: x;                2; bad actor code
            [actors]\\nPAK: Pakistan || Pakistani;              2; empty name
            [actors]\\nPAK: Pakistan |;                         2; empty name
            [actors]\\nPAK:;                                    2; empty name
            [actors]\\nPAK: Pak*istan;                          2; '*' is allowed only at the end
            [actors]\\nPAK: Pakistan *;                         2; '*' is allowed only at the end
            [actors]\\nUSA: "US;                                  2; may only enclose a whole name
            [actors]\\nUSA: the "US";                             2; may only enclose a whole name
            [actors]\\nUSA: "";                                   2; may only enclose a whole name
            [actors]\\nUSA: ""US"";                               2; may only enclose a whole name
            [actors]\\nPAK: Pakistan | PAKISTAN;                2; name listed twice in one entry (ignoring case)
            [actors]\\nPAK: Pakistan | Pakistan;                2; name listed twice in one entry
            [actors]\\nPAK: Pakistan PAKGOV: Islamabad;         2; contains ':'
            [actors]\\n| Pakistani;                             2; continuation '| ...' without an entry
            [actors]\\n= Imran Khan;                            2; person line '= ...' outside a [people]
            [agents]\\nARMY: army;                              2; bad agent code 'ARMY'
            [agents]\\nPAK: Pakistani;                          2; bad agent code 'PAK'
            [issues]\\nEnergy: oil;                             2; bad issue code 'Energy'
            [discards]\\nbusiness news: shares;                 2; expected 'CODE: name
            [discards]\\nsports2: cricket;                      2; bad discard code 'sports2'
            [people]\\n  PAKGOV 2018-08-18..2022-04-10 PM;      2; tenure line outside a person block
            [people]\\nPAKGOV: Islamabad;                       2; tenure line outside a person block
            [people]\\n= Imran Khan\\n  PAKGOV 2018-08-18 PM;    3; expected a tenure
            [people]\\n= Imran Khan\\n  PAKGOV 2018-13-01.. PM;  3; bad date '2018-13-01'
            [people]\\n= Imran Khan\\n  PAKGOV 2022-02-30.. PM;  3; bad date '2022-02-30'
            [people]\\n= Imran Khan\\n  PAKGOV 18-08-2018.. PM;  3; bad date '18-08-2018'
            [people]\\n= Imran Khan\\n  PAKGOV ..2022-04-10 PM;  3; bad date ''
            [people]\\n= Imran Khan\\n  PAKGOV 2022-04-10..2018-08-18 PM; 3; ends 2018-08-18 before it starts 2022-04-10
            [people]\\n= Imran Khan\\n  PAKGOV 2018-08-18..2022-04-10; 3; tenure without a title
            [people]\\n= Imran Khan\\n  pakgov 2018-08-18.. PM;  3; bad actor code 'pakgov'
            [people]\\n= Imran Khan\\n= Shehbaz Sharif\\n  PAKGOV 2022-04-11.. PM; 2; person 'Imran Khan' has no tenure line
            [people]\\n= Imran Khan;                            2; person 'Imran Khan' has no tenure line
            [people]\\n=;                                       2; empty name
            """)
    void rejectsBadLine(String text, int line, String reason) {
        DictionaryFormatException e = catchThrowableOfType(DictionaryFormatException.class,
                () -> OwnDictionaryReader.read(new StringReader(text.replace("\\n", "\n")), "bad.txt"));
        assertThat(e).as("no exception for %s", text).isNotNull();
        assertThat(e.file()).isEqualTo("bad.txt");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.reason()).contains(reason.strip());
        assertThat(e.getMessage()).startsWith("bad.txt:" + line + ": ");
    }
}
