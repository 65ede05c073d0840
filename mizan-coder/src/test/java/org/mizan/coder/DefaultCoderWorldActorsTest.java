package org.mizan.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.coder.Triples.code;

import org.junit.jupiter.api.Test;

/**
 * Leaders, armed groups and organisations of Africa, the Americas, Asia-Pacific and the rest of Europe
 * (people-africa.txt, people-americas.txt, people-asia-pacific.txt, people-europe-more.txt,
 * people-world.txt, armed-groups.txt, igos.txt): each sentence uses a verb the coder already codes, so
 * what is checked is who the actors are on the sentence's date.
 */
class DefaultCoderWorldActorsTest {

    @Test
    void africanLeadersAreTheirGovernments() {
        assertThat(code("2023-02-21", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday."))
                .containsExactly("KENGOV ETHGOV 040");
        assertThat(code("2025-02-10", "Felix Tshisekedi accused Paul Kagame of backing the M23 rebels."))
                .containsExactly("CODGOV RWAGOV 112");
        assertThat(code("2023-12-02", "Abdourahamane Tchiani met Assimi Goita in Bamako."))
                .containsExactly("NERGOV MLIGOV 040");
        assertThat(code("2012-05-10", "Goodluck Jonathan met Mahamadou Issoufou in Abuja."))
                .containsExactly("NGAGOV NERGOV 040");
        // a bare family name read by date: Idriss Déby until April 2021
        assertThat(code("2015-06-10", "Déby met François Hollande in Paris."))
                .containsExactly("TCDGOV FRAGOV 040");
    }

    @Test
    void anAfricanPoliticiansSideChangesWithTheDate() {
        // John Mahama: in opposition 2017-2025, president again from January 2025
        assertThat(code("2024-03-05", "John Mahama criticised President Nana Akufo-Addo."))
                .containsExactly("GHAOPP GHAGOV 111");
        assertThat(code("2025-03-05", "President John Mahama met Nigerian President Bola Tinubu in Abuja."))
                .containsExactly("GHAGOV NGAGOV 040");
        // Ousmane Sonko: opposition leader, then prime minister from April 2024
        assertThat(code("2020-11-20", "Ousmane Sonko criticised President Macky Sall."))
                .containsExactly("SENOPP SENGOV 111");
        assertThat(code("2024-06-20", "Ousmane Sonko met Emmanuel Macron in Paris."))
                .containsExactly("SENGOV FRAGOV 040");
        // Morgan Tsvangirai: opposition leader, then prime minister of the unity government
        assertThat(code("2008-05-10", "Morgan Tsvangirai accused Robert Mugabe of rigging the election."))
                .containsExactly("ZWEOPP ZWEGOV 1121");
        assertThat(code("2010-05-10", "Prime Minister Morgan Tsvangirai met Jacob Zuma in Pretoria."))
                .containsExactly("ZWEGOV ZAFGOV 040");
        // Hemedti: in the ruling council until the war of April 2023
        assertThat(code("2021-05-10", "Mohamed Hamdan Dagalo met Abiy Ahmed in Addis Ababa."))
                .containsExactly("SDNGOV ETHGOV 040");
        // Joseph Kabila in opposition after the power-sharing coalition broke up
        assertThat(code("2022-06-10", "Kabila criticised Felix Tshisekedi."))
                .containsExactly("CODOPP CODGOV 111");
    }

    @Test
    void armedGroupsAndTheirLeadersOutsideTheMiddleEast() {
        assertThat(code("2024-05-15", "Al-Shabaab militants attacked Somali troops near Mogadishu."))
                .containsExactly("SOMINSSHB SOMMIL 190");
        assertThat(code("2023-06-10", "Boko Haram fighters kidnapped dozens of villagers in Borno."))
                .containsExactly("NGAINSBKH NGACVL 181");
        assertThat(code("2017-06-10", "Iyad Ag Ghaly threatened French troops in Mali."))
                .containsExactly("MLIINSJNM FRAMIL 130");
        assertThat(code("2022-11-02", "Getachew Reda signed a peace agreement with the Ethiopian government in Pretoria."))
                .containsExactly("ETHREB ETHGOV 057");
        assertThat(code("2024-02-20", "The Arakan Army attacked Myanmar troops in Rakhine State."))
                .containsExactly("MMRREB MMRMIL 190");
        assertThat(code("2025-10-10", "Tren de Aragua members attacked police officers in Santiago."))
                .containsExactly("VENCRM CHLCOP 190");
    }

    @Test
    void leadersInTheAmericas() {
        assertThat(code("2023-12-01", "Daniel Noboa met Gustavo Petro in Bogota."))
                .containsExactly("ECUGOV COLGOV 040");
        assertThat(code("2023-01-20", "Gustavo Petro criticised Dina Boluarte."))
                .containsExactly("COLGOV PERGOV 111");
        assertThat(code("2024-09-23", "Bernardo Arevalo met Claudia Sheinbaum in Mexico City."))
                .containsExactly("GTMGOV MEXGOV 040");
        assertThat(code("2010-03-10", "Alvaro Uribe accused Hugo Chavez of sheltering FARC rebels."))
                .containsExactly("COLGOV VENGOV 112");
        assertThat(code("2024-04-10", "Jose Antonio Kast criticised Gabriel Boric."))
                .containsExactly("CHLOPP CHLGOV 111");
    }

    @Test
    void leadersInAsiaAndThePacific() {
        assertThat(code("2024-10-10", "To Lam met Thongloun Sisoulith in Vientiane."))
                .containsExactly("VNMGOV LAOGOV 040");
        assertThat(code("2023-11-15", "John Lee met Xi Jinping in Beijing."))
                .containsExactly("HKGGOV CHNGOV 040");
        assertThat(code("2024-06-10", "Eric Chu criticised Lai Ching-te."))
                .containsExactly("TWNOPP TWNGOV 111");
        assertThat(code("2025-06-10", "Duwa Lashi La condemned Min Aung Hlaing."))
                .containsExactly("MMROPP MMRGOV 111");
        // Sara Duterte broke with the Marcos government in June 2024
        assertThat(code("2023-03-01", "Sara Duterte met Japanese Prime Minister Fumio Kishida in Tokyo."))
                .containsExactly("PHLGOV JPNGOV 040");
        assertThat(code("2025-07-15", "Ferdinand Marcos Jr. criticised Sara Duterte."))
                .containsExactly("PHLGOV PHLOPP 111");
        // Anutin Charnvirakul: out of the coalition in mid-2025, prime minister from September 2025
        assertThat(code("2025-06-25", "Anutin Charnvirakul criticised Paetongtarn Shinawatra."))
                .containsExactly("THAOPP THAGOV 111");
        assertThat(code("2025-10-26", "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet in Kuala Lumpur."))
                .containsExactly("THAGOV KHMGOV 040");
        // New Zealand's government and opposition swapped in November 2023
        assertThat(code("2023-05-10", "Christopher Luxon criticised Chris Hipkins."))
                .containsExactly("NZLOPP NZLGOV 111");
        assertThat(code("2024-05-10", "Chris Hipkins criticised Christopher Luxon."))
                .containsExactly("NZLOPP NZLGOV 111");
    }

    @Test
    void europeanLeadersOutsideTheG20() {
        assertThat(code("2025-04-10", "Edi Rama met Aleksandar Vucic in Tirana."))
                .containsExactly("ALBGOV SRBGOV 040");
        assertThat(code("2011-05-10", "Polish President Bronislaw Komorowski met Lithuanian President Dalia Grybauskaite in Vilnius."))
                .containsExactly("POLGOV LTUGOV 040");
        assertThat(code("2024-02-10", "Finnish Prime Minister Petteri Orpo met Swedish Prime Minister Ulf Kristersson in Stockholm."))
                .containsExactly("FINGOV SWEGOV 040");
        // Geert Wilders: in opposition, then leader of the largest coalition party outside the cabinet
        assertThat(code("2023-09-10", "Geert Wilders criticised Mark Rutte."))
                .containsExactly("NLDOPP NLDGOV 111");
        assertThat(code("2024-09-10", "Geert Wilders criticised Dick Schoof."))
                .containsExactly("NLD NLDGOV 111");
        // Salome Zourabichvili: president until December 2024, then refusing to recognise her successor
        assertThat(code("2023-06-05", "Salome Zourabichvili met Emmanuel Macron in Paris."))
                .containsExactly("GEOGOV FRAGOV 040");
        assertThat(code("2025-01-05", "Salome Zourabichvili condemned Prime Minister Irakli Kobakhidze."))
                .containsExactly("GEOOPP GEOGOV 111");
        assertThat(code("2012-02-10", "Mikheil Saakashvili met Barack Obama at the White House."))
                .containsExactly("GEOGOV USAGOV 040");
    }

    @Test
    void regionalOrganisations() {
        assertThat(code("2024-01-28", "Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS."))
                .containsExactlyInAnyOrder("NER IGOWAFWAS 160", "MLI IGOWAFWAS 160", "BFA IGOWAFWAS 160");
        assertThat(code("2024-07-10", "The Alliance of Sahel States condemned ECOWAS."))
                .containsExactly("IGOWAFAES IGOWAFWAS 111");
        assertThat(code("2024-06-20", "The Quad condemned North Korea's missile tests."))
                .containsExactly("IGOQUD PRK 111");
        assertThat(code("2023-06-05", "CARICOM leaders met Haitian Prime Minister Ariel Henry in Trinidad."))
                .containsExactly("IGOCRBCCM HTIGOV 040");
    }
}
