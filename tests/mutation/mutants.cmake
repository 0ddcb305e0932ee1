# The mutants tests/mutation/run.cmake plants, one at a time: each a small edit of one header (a
# flipped comparison, an off-by-one, a skipped branch, a dropped escape) that the unit tests must
# catch, by failing to build or by failing. mutant(NAME FILE FIND REPLACE): FIND must occur exactly
# once in FILE. The name starts with the layer (docs/architecture.md); every layer has some, and a
# new layer brings its own. docs/testing.md says how to run them.

# core
mutant(core.stable_sort_takes_the_right_on_a_tie include/ladder/core/sort.hpp
  [=[less(items[j], items[i]) ? items[j++] : items[i++]]=]
  [=[!less(items[i], items[j]) ? items[j++] : items[i++]]=])
mutant(core.suggestion_one_edit_short include/ladder/core/suggest.hpp
  [=[if (d <= limit && d < best_distance_) {]=]
  [=[if (d < limit && d < best_distance_) {]=])
mutant(core.suggestions_ignore_case_only_for_lower_case include/ladder/core/suggest.hpp
  [=[return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;]=]
  [=[return (c >= 'A' && c < 'Z') ? static_cast<char>(c - 'A' + 'a') : c;]=])
mutant(core.warnings_count_as_errors include/ladder/core/diagnostic.hpp
  [=[constexpr std::size_t error_count() const noexcept { return count(severity::error); }]=]
  [=[constexpr std::size_t error_count() const noexcept { return count(severity::error) + count(severity::warning); }]=])
mutant(core.surrogates_pass_as_utf8 include/ladder/core/utf8.hpp
  [=[|| (cp >= 0xD800 && cp <= 0xDFFF)) return 0;]=]
  [=[) return 0;]=])

mutant(core.row_span_subspan_runs_past_its_end include/ladder/core/row_span.hpp
  [=[count == std::dynamic_extent ? count_ - offset : count}]=]
  [=[count == std::dynamic_extent ? count_ : count}]=])
mutant(core.row_span_last_counts_from_the_front include/ladder/core/row_span.hpp
  [=[return {first_ + (count_ - n), n};]=]
  [=[return {first_, n};]=])

mutant(core.row_span_converts_to_no_rows include/ladder/core/row_span.hpp
  [=[operator std::span<const T>() const noexcept { return {first_, count_}; }]=]
  [=[operator std::span<const T>() const noexcept { return {first_, 0}; }]=])

mutant(core.line_window_starts_at_the_column include/ladder/core/diagnostic.hpp
  [=[std::size_t begin = at > line_window_bytes / 2 ? at - line_window_bytes / 2 : 0;]=]
  [=[std::size_t begin = at;]=])
mutant(core.error_limit_one_late include/ladder/core/diagnostic.hpp
  [=[        if (error_count() >= max_errors) {
            stop_at(d, max_errors);]=]
  [=[        if (error_count() > max_errors) {
            stop_at(d, max_errors);]=])

# model
mutant(model.notes_of_an_expectation_start_at_the_table include/ladder/model/view.hpp
  [=[return notes_.subspan(e.first_note, e.note_count);]=]
  [=[return notes_.subspan(0, e.note_count);]=])
mutant(model.archetype_applies_only_above_its_first_level include/ladder/model/expectations.hpp
  [=[if (from.track.index != lvl.track.index || lvl.rank < from.rank) return false;]=]
  [=[if (from.track.index != lvl.track.index || lvl.rank <= from.rank) return false;]=])
mutant(model.expectations_ignore_archetype_overrides include/ladder/model/expectations.hpp
  [=[if (!f(e.competency.index, overridden ? *overridden : e.minimum)) return;]=]
  [=[if (!f(e.competency.index, e.minimum)) return;]=])
mutant(model.rating_read_from_the_oldest_cycle include/ladder/model/person.hpp
  [=[return &ratings_[(cycles_.size() - 1 - back) * row_size_ + competency];]=]
  [=[return &ratings_[back * row_size_ + competency];]=])
mutant(model.inferred_rank_skips_one include/ladder/model/builder.hpp
  [=[? highest + 1 : highest;]=]
  [=[? highest + 2 : highest;]=])

# text
mutant(text.a_year_is_eleven_months include/ladder/text/lexer.hpp
  [=[if (word == "year" || word == "years") return 12;]=]
  [=[if (word == "year" || word == "years") return 11;]=])
mutant(text.reading_stops_one_error_late include/ladder/text/parser.hpp
  [=[found_.error_count() < limits_.max_errors]=]
  [=[found_.error_count() <= limits_.max_errors]=])
mutant(text.format_keeps_one_closing_comment include/ladder/text/format.hpp
  [=[    while (next_comment < comments.size()) {
        const auto& c = comments[next_comment++];
        blank_before(c.where.line);]=]
  [=[    if (next_comment < comments.size()) {
        const auto& c = comments[next_comment++];
        blank_before(c.where.line);]=])

# rules
mutant(rules.less_equal_compiles_as_less include/ladder/rules/compile.hpp
  [=[case token_kind::less_equal: kind = node_kind::less_equal; break;]=]
  [=[case token_kind::less_equal: kind = node_kind::less; break;]=])
mutant(rules.compile_time_rule_drops_its_last_node include/ladder/rules/static_rule.hpp
  [=[for (std::size_t i = 0; i != d.node_count; ++i) out.nodes[i] = d.nodes[i];]=]
  [=[for (std::size_t i = 0; i + 1 < d.node_count; ++i) out.nodes[i] = d.nodes[i];]=])
mutant(rules.compile_time_rule_room_too_small include/ladder/rules/static_rule.hpp
  [=[return node_count <= Nodes && text_size <= TextBytes;]=]
  [=[return node_count <= Nodes || text_size <= TextBytes;]=])
mutant(rules.and_decided_by_its_left_side_only include/ladder/rules/evaluate.hpp
  [=[if ((a.known() && a.v == 0) || (b.known() && b.v == 0)) return known(0);]=]
  [=[if (a.known() && a.v == 0) return known(0);]=])
mutant(rules.history_fails_one_cycle_early include/ladder/rules/evaluate.hpp
  [=[if (met + open < needed) return known(0);]=]
  [=[if (met + open <= needed) return known(0);]=])
mutant(rules.history_decided_a_cycle_too_soon include/ladder/rules/evaluate.hpp
  [=[met + open + static_cast<std::int64_t>(left) < needed);]=]
  [=[met + open + static_cast<std::int64_t>(left) <= needed);]=])
mutant(rules.budget_carried_to_the_next_person include/ladder/rules/evaluate.hpp
  [=[        p_ = &p;
        steps_ = 0;]=]
  [=[        p_ = &p;]=])
mutant(rules.gaps_recorded_from_older_cycles include/ladder/rules/evaluate.hpp
  [=[return explain_ && cycles_back_ == 0 && bound_ == no_index;]=]
  [=[return explain_ && bound_ == no_index;]=])
mutant(rules.quantifier_ignores_exemptions include/ladder/rules/evaluate.hpp
  [=[if (const exemption* x = p_->exemption_from(static_cast<index_t>(c))) {]=]
  [=[if (const exemption* x = static_cast<const exemption*>(nullptr)) {]=])
mutant(rules.lowered_or_decided_by_a_false_left_side include/ladder/rules/lowered.hpp
  [=[if (a.known() && a.v != 0) return a;]=]
  [=[if (a.known()) return a;]=])

mutant(rules.lowered_row_read_past_a_short_table include/ladder/rules/lowered.hpp
  [=[row != nullptr && !s.p.has_exemptions() && s.p.row_size() > widest_competency(list)) {]=]
  [=[row != nullptr && !s.p.has_exemptions()) {]=])
mutant(rules.unrated_cell_read_as_a_rating include/ladder/rules/evaluate.hpp
  [=[        short_of |= (r != not_rated) & (r < minimum);]=]
  [=[        short_of |= r < minimum;]=])
mutant(rules.row_read_with_the_archetype_in_force_ignored include/ladder/rules/evaluate.hpp
  [=[            if (as == no_index && !exemptions && row != nullptr]=]
  [=[            if (!exemptions && row != nullptr]=])
mutant(rules.row_read_past_a_short_table include/ladder/rules/evaluate.hpp
  [=[row != nullptr && p_->row_size() >= l_.competencies().size()) {]=]
  [=[row != nullptr) {]=])
mutant(rules.product_overflow_unchecked include/ladder/rules/evaluate.hpp
  [=[case node_kind::multiply: return fits_product(a.v, b.v) ? known(a.v * b.v) : broken_at(at, true);]=]
  [=[case node_kind::multiply: return known(static_cast<std::int64_t>(static_cast<std::uint64_t>(a.v) * static_cast<std::uint64_t>(b.v)));]=])

# validate
mutant(validate.duplicate_track_ids_pass include/ladder/validate/validate.hpp
  [=[detail::check_duplicate_ids(v.tracks(), entity::track, sink);]=]
  [=[]=])
mutant(validate.equal_expectations_count_as_decreasing include/ladder/validate/validate.hpp
  [=[if (e.minimum < lower.minimum[row]) {]=]
  [=[if (e.minimum <= lower.minimum[row]) {]=])
mutant(validate.band_overlap_at_the_limit_warns include/ladder/validate/validate.hpp
  [=[if (percent > policy.max_band_overlap_percent) {]=]
  [=[if (percent >= policy.max_band_overlap_percent) {]=])

# build
mutant(build.conditions_keep_the_wrong_root include/ladder/build/conditions.hpp
  [=[c.root = r.root();]=]
  [=[c.root = r.root() == 0 ? 0 : r.root() - 1;]=])
mutant(build.a_guard_that_does_not_compile_is_not_reported include/ladder/build/conditions.hpp
  [=[if (!compiled.ok()) report(from, compiled.diagnostics(), any_type);]=]
  [=[if (!compiled.ok() && any_type) report(from, compiled.diagnostics(), any_type);]=])

# presets
mutant(presets.staff_strategy_raised include/ladder/presets/engineering_text.hpp
  [=[cross_team 4, strategy 3, mentorship 3, communication 4]=]
  [=[cross_team 4, strategy 4, mentorship 3, communication 4]=])

# decide
mutant(decide.archetype_fit_skips_the_overrides include/ladder/decide/decisions.hpp
  [=[f.meets = detail::match(l, p, at.index(), row).meets;]=]
  [=[f.meets = detail::match(l, p, at.index(), no_index).meets;]=])
mutant(decide.best_fit_keeps_the_first_level_met include/ladder/decide/decisions.hpp
  [=[if (meets && (out.level == no_index || x.rank > best_rank)) {]=]
  [=[if (meets && out.level == no_index) {]=])
mutant(decide.undeclared_move_up_is_a_step_back include/ladder/decide/transition.hpp
  [=[: b.rank >= a.rank             ? transition_kind::promote]=]
  [=[: b.rank <= a.rank             ? transition_kind::promote]=])
mutant(decide.step_back_pay_at_the_bottom_for_the_top include/ladder/decide/decisions.hpp
  [=[case pay_policy::top_of_band: out.amount = band->maximum; break;]=]
  [=[case pay_policy::top_of_band: out.amount = band->minimum; break;]=])

# calibrate
mutant(calibrate.one_scope_step_scores_25 include/ladder/calibrate/calibration.hpp
  [=[m.scope_distance == 1 ? 50 : 0;]=]
  [=[m.scope_distance == 1 ? 25 : 0;]=])
mutant(calibrate.position_gap_weighs_more include/ladder/calibrate/calibration.hpp
  [=[m.position_score = detail::clamp100(100 - (d < 0 ? -d : d) / 5);]=]
  [=[m.position_score = detail::clamp100(100 - (d < 0 ? -d : d) / 4);]=])

# revise
mutant(revise.people_carried_without_renames include/ladder/revise/carry.hpp
  [=[            if (!one && c.kind != change_kind::split) continue;]=]
  [=[            if (true) continue;]=])

# report
mutant(report.json_escape_drops_control_characters include/ladder/report/escape.hpp
  [=[if (static_cast<unsigned char>(c) < 0x20) {]=]
  [=[if (static_cast<unsigned char>(c) < 0x01) {]=])
mutant(report.csv_quotes_not_doubled include/ladder/report/escape.hpp
  [=[for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);]=]
  [=[for (char c : cell) out += c;]=])
mutant(report.csv_formula_not_neutralised include/ladder/report/escape.hpp
  [=[std::string_view("=+-@\t\r").find(s[0])]=]
  [=[std::string_view("+-@\t\r").find(s[0])]=])
mutant(report.shortfall_off_by_one include/ladder/report/explanation.hpp
  [=[" (short by " + std::to_string(g.required - *g.actual) + ")";]=]
  [=[" (short by " + std::to_string(g.required - *g.actual + 1) + ")";]=])

# versions of a ladder: their days (core) and revisions (revise)
mutant(revise.maps_not_followed_through_a_revision include/ladder/revise/history.hpp
  [=[if (m.from != old || m.competency != competency) continue;]=]
  [=[if (true) continue;]=])
mutant(revise.split_reported_as_merged include/ladder/revise/changes.hpp
  [=[ids->size() == 1 ? change_kind::merged : change_kind::split]=]
  [=[ids->size() != 1 ? change_kind::merged : change_kind::split]=])
mutant(revise.versions_in_force_one_day_late include/ladder/revise/history.hpp
  [=[versions_[i].view().effective() <= day; ++i) found = i;]=]
  [=[versions_[i].view().effective() < day; ++i) found = i;]=])
mutant(revise.merged_ratings_keep_the_last include/ladder/revise/carry.hpp
  [=[        if (value < r.value) r.value = value;]=]
  [=[        r.value = value;]=])
mutant(core.every_february_has_a_29th include/ladder/core/date.hpp
  [=[(month == 2 && detail::leap_year(static_cast<std::int32_t>(year)) ? 1 : 0)]=]
  [=[(month == 2 ? 1 : 0)]=])

# io
mutant(io.people_found_by_the_first_row_only include/ladder/io/people_csv.hpp
  [=[            if (added) {
                gathering fresh;]=]
  [=[            if (added || true) {
                at->second = people.size();
                gathering fresh;]=])
mutant(io.person_rows_past_the_second_unlinked include/ladder/io/people_csv.hpp
  [=[            else next_row_[g->last_row] = row;]=]
  [=[            else if (g->last_row == g->first_row) next_row_[g->last_row] = row;]=])
mutant(io.person_value_compared_in_the_first_slot include/ladder/io/people_csv.hpp
  [=[    [[nodiscard]] seen& fixed(const gathering& g, std::size_t c) noexcept { return fixed_[g.fixed + slot_[c]]; }]=]
  [=[    [[nodiscard]] seen& fixed(const gathering& g, std::size_t) noexcept { return fixed_[g.fixed]; }]=])
mutant(io.early_cycles_of_a_long_person_left_out_of_the_index include/ladder/io/people_csv.hpp
  [=[            if (++g->rows == scanned_rows) {]=]
  [=[            if (++g->rows == scanned_rows && false) {]=])
mutant(report.json_batch_without_commas include/ladder/report/readiness.hpp
  [=[        out += written_ == 0 ? "  {" : ",\n  {";]=]
  [=[        out += written_ == 0 ? "  {" : "\n  {";]=])
mutant(io.old_cycles_read_as_the_deciding_version include/ladder/io/people_csv.hpp
  [=[if (history_ != nullptr && version != deciding_) {]=]
  [=[if (false) {]=])
mutant(io.doubled_quote_read_as_one_field_end include/ladder/io/csv.hpp
  [=[if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {]=]
  [=[if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\x01') {]=])
mutant(io.matrix_rating_names_match_only_in_their_case include/ladder/io/matrix_csv.hpp
  [=[if (lower(points_[i].title) == lower(c.name) || points_[i].id == c.name) found = i;]=]
  [=[if (points_[i].title == c.name || points_[i].id == c.name) found = i;]=])
mutant(io.matrix_further_lines_of_words_dropped include/ladder/io/matrix_csv.hpp
  [=[            else e->signals.push_back(line);]=]
  [=[]=])

# render
mutant(render.html_ampersand_not_escaped include/ladder/render/html.hpp
  [=[case '&': out += "&amp;"; break;]=]
  [=[case '&': out += "&"; break;]=])
mutant(render.dot_quote_not_escaped include/ladder/render/common.hpp
  [=[if (c == '"' || c == '\\') out += '\\';]=]
  [=[if (c == '\\') out += '\\';]=])
mutant(report.markdown_pipe_not_escaped include/ladder/report/escape.hpp
  [=[if (c == '|' || c == '\\' ||]=]
  [=[if (c == '\\' ||]=])
