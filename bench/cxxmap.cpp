// A small C++ program for the startup benchmark: iostream and std::map, so
// that libstdc++ (thousands of symbol relocations, many of them against
// itself) and libgcc_s, libm are loaded and relocated. Built by bench.py
// with g++ -O1 into target/bench/cxx/cxxmap. Its output is deterministic.
#include <iostream>
#include <map>
#include <string>

int main()
{
    std::map<std::string, long> counts;
    for (long i = 0; i < 2000; i++)
        counts["key" + std::to_string(i * 7919 % 997)] += i;
    long sum = 0;
    for (const auto &kv : counts)
        sum += kv.second * static_cast<long>(kv.first.size());
    std::cout << "cxxmap entries=" << counts.size() << " sum=" << sum << std::endl;
    return 0;
}
