import Foundation

/// A small, fast, seedable PRNG (SplitMix64). The sample world never uses the system generator, so a seed always
/// produces the same world on every platform and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one item of a world: independent of how many numbers other items consumed.
    public init(seed: UInt64, stream: UInt64) {
        state = SplitMix64.mix(seed &+ 0x9E37_79B9_7F4A_7C15 &* (stream &+ 1))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser, a good 64-bit hash.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (must not be empty).
    public mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A uniform integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A uniform double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A uniform element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// A Fisher–Yates shuffle.
    public mutating func shuffled<T>(_ items: [T]) -> [T] { sample(items, count: items.count) }

    /// Up to `count` distinct elements, in random order (a partial Fisher–Yates shuffle).
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var out = items
        let n = min(count, out.count)
        var i = 0
        while i < n {
            out.swapAt(i, i + Int(next() % UInt64(out.count - i)))
            i += 1
        }
        out.removeLast(out.count - n)
        return out
    }

    /// An index drawn with probability proportional to `weights` (cumulative, ascending, last = total).
    public mutating func weightedIndex(cumulative: [Double]) -> Int {
        let target = unit() * (cumulative.last ?? 0)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
