"""A name translated in several words and quoted whole before its Chinese is all the quoted words; a
quoted word that already reads the whole Chinese is the name alone. Lines read by hand from held-out
issues."""

from conftest import names_at


def test_a_quoted_name_of_two_words_is_both_words():
    # 356 l.91: "… 전문화·특화·신형(专精特新) '작은 거인(小巨人)' 기업 명단을 확정 발표했다."
    assert ("작은 거인", "小巨人") in names_at(356, 91)
    # 520 l.134: "'체화 지능(具身智能)'은 인공지능이 로봇의 몸을 얻어 …"
    assert names_at(520, 134)[0] == ("체화 지능", "具身智能")


def test_a_quoted_word_that_reads_the_whole_name_is_the_name_alone():
    # 494 l.165: "이른바 '항저우 6 소룡(六小龙)'으로 …": 항저우 is not in the Chinese
    assert ("6 소룡", "六小龙") in names_at(494, 165)
    # 505 l.203: "국가급 '전정특신 소거인(小巨人)' 기업 명단": 소거인 reads 小巨人 whole
    assert ("소거인", "小巨人") in names_at(505, 203)
