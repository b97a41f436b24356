"""In an article about the year's targets, a result stated before a paragraph speaks of plans keeps the year of the
results; a figure put forward (`제시했다`) is a target; the target a revision starts from is the year's before; a target
told with its outcome dates only outcomes after it; things named on a dated day are counted as of its year. Values read
by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_results_before_the_plans_of_their_paragraph(corpus_issue):
    # 997 (dated 2039. 3. 4), article `31 개 성 2039 년 성장률 목표 일제히 공개`; l.90 `광둥성의 지난해 GDP 는 …`, then l.92 `2 위
    # 장쑤성은 23 조 1,000 억 위안으로 광둥성과의 격차를 7,400 억 위안까지 좁혔다. 장쑤성은 올해 목표를 '4.5% 이상'으로 제시했는데, …`
    figures = figures_at(corpus_issue(997), 92)
    assert ("장쑤성", "23100000000000", 2, None, 2038) in figures
    assert ("장쑤성", "740000000000", None, None, 2038) in figures
    assert ("장쑤성", "4.5", None, "min", 2039) in figures
    # l.94 `산둥성(3 위)과 저장성(4 위)의 GDP 는 각각 16 조 2,300 억 위안, 14 조 5,600 억 위안이었다. 올해 목표는 산둥성이 4.5%, …`
    figures = figures_at(corpus_issue(997), 94)
    assert ("산둥성", "16230000000000", 3, None, 2038) in figures and ("저장성", "14560000000000", 4, None, 2038) in figures
    assert ("산둥성", "4.5", None, None, 2039) in figures


def test_the_target_a_revision_starts_from(corpus_issue):
    # 997 l.100 `네이멍구는 목표를 4.8%에서 5.2%로, 칭하이성은 4.5%에서 5% 안팎으로 끌어올렸다.`
    figures = figures_at(corpus_issue(997), 100)
    assert ("네이멍구", "4.8", None, None, 2038) in figures and ("네이멍구", "5.2", None, None, 2039) in figures
    assert ("칭하이성", "4.5", None, None, 2038) in figures and ("칭하이성", "5", None, None, 2039) in figures


def test_a_figure_put_forward_is_a_target(corpus_issue):
    # 996 l.118 `중부에서는 안후이성과 후베이성이 나란히 '5.5% 안팎'을 제시했다. 안후이성은 지난해에도 같은 목표를 내걸고 실제로 5.6%
    # 성장해 목표를 웃돌았다.`: the first sentence names no target word
    figures = figures_at(corpus_issue(996), 118)
    assert ("안후이성", "5.5", None, None, 2039) in figures and ("후베이성", "5.5", None, None, 2039) in figures
    assert ("안후이성", "5.6", None, None, 2038) in figures


def test_a_target_told_with_its_outcome(corpus_issue):
    # 996 l.120 `헤이룽장성은 2038년 3.5% 목표를 세웠지만 실제 성장률은 1.2%에 그쳐 …. 쓰촨성은 성장률 목표를 '5.5% 안팎'으로 잡는 한편
    # 고정자산투자 증가율 목표를 6%로 제시해 …`: the new targets are this year's
    figures = figures_at(corpus_issue(996), 120)
    assert ("헤이룽장성", "3.5", None, None, 2038) in figures and ("헤이룽장성", "1.2", None, None, 2038) in figures
    assert ("쓰촨성", "5.5", None, None, 2039) in figures and ("쓰촨성", "6", None, None, 2039) in figures
    # 474 l.65 `톈진은 2028년 목표를 5% 안팎으로 잡았으나 실제 성장률은 2.6%에 그쳤다. 반대로 시짱자치구는 목표(6.5% 이상)를 웃도는
    # 6.8%를 기록했다.`: another outcome goes on in the year
    figures = figures_at(corpus_issue(474), 65)
    assert ("시짱자치구", "6.8", None, None, 2028) in figures and ("시짱자치구", "6.5", None, "min", 2028) in figures
    # 428 l.46 `톈진시는 목표를 4.5%로 …. 지난해 실적이 목표에 크게 못 미친 점을 반영한 것이다. 반면 충칭시는 목표를 5.5%로 0.5%p 올려`
    figures = figures_at(corpus_issue(428), 46)
    assert ("충칭시", "5.5", None, None, 2028) in figures and ("충칭시", "0.5", None, None, 2028) in figures


def test_things_named_on_a_dated_day(corpus_issue):
    # 999 (dated 2039) l.64 `공업정보화부(工业和信息化部)는 2039.3.13 국가 제조업혁신센터 14 곳을 새로 지정했다고 밝혔다.`, then l.66
    # `도시별로는 베이징 12 곳, 상하이 9 곳, …`
    figures = figures_at(corpus_issue(999), 66)
    assert ("베이징", "12", 1, None, 2039) in figures and ("우한", "3", 6, None, 2039) in figures
