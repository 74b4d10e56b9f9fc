// legalint explain RULE_ID: the rule, its legal basis and its examples.
#include <iostream>

#include "check/registry.h"
#include "commands.h"
#include "toolkit.h"

namespace legalint::cli {

void add_explain_command(CLI::App& app, std::function<int()>& run) {
  auto id = std::make_shared<std::string>();
  CLI::App* explain = app.add_subcommand("explain", "Explain a rule: what it checks, its legal basis, its examples");
  explain->add_option("rule", *id, "A rule id such as lease/term-over-20y")->required();
  explain->callback([id, &run] {
    run = [id] {
      auto toolkit = load_toolkit({});
      if (!toolkit) return static_cast<int>(kUsage);
      const Rule* rule = toolkit->rules.find(*id);
      if (!rule) {
        std::cerr << "legalint: no rule '" << *id << "' (see `legalint rules list`)\n";
        return static_cast<int>(kUsage);
      }
      std::cout << rule->id << " — " << rule->title << "\n";
      std::cout << "严重程度: " << chinese_name(rule->severity) << " (" << to_string(rule->severity) << ")\n";
      std::cout << "适用文书: ";
      for (std::size_t i = 0; i < rule->kinds.size(); ++i) std::cout << (i ? ", " : "") << to_string(rule->kinds[i]);
      std::cout << "\n";
      if (!rule->description.empty()) std::cout << "\n" << rule->description << "\n";
      std::cout << "\n法律依据:\n";
      for (const auto& basis_id : rule->basis) {
        const Basis* basis = toolkit->bases.find(basis_id);
        if (!basis) continue;
        std::cout << "  " << basis->citation() << " [" << basis->id << "]\n    " << basis->paraphrase << "\n";
        if (!basis->version.empty()) std::cout << "    (" << basis->version << ")\n";
        if (!basis->note.empty()) std::cout << "    注: " << basis->note << "\n";
      }
      if (const Pack* pack = toolkit->rules.find_pack(rule->pack); pack && !pack->parameters.empty()) {
        std::cout << "\n参数(可在 legalint.toml 中调整):\n";
        for (const auto& p : pack->parameters)
          std::cout << "  " << pack->id << "." << p.name << " = " << p.value.text << "  " << p.description << "\n";
      }
      std::cout << "\n提示: " << rule->message << "\n";
      if (!rule->fix.empty()) std::cout << "建议: " << rule->fix << "\n";
      std::cout << "\n示例:\n";
      for (const auto& example : rule->examples)
        std::cout << "  " << (example.bad ? "✗ 不合规: " : "✓ 合规:   ") << example.text << "\n";
      std::cout << "\n定义于 " << rule->path << ":" << rule->position.line << "\n";
      return static_cast<int>(kClean);
    };
  });
}

}  // namespace legalint::cli
