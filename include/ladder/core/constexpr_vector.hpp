// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The subset of std::vector the library needs, usable in constant expressions on every
// standard library in the matrix. libc++ 14 has constexpr std::allocator but no constexpr
// std::vector (that arrived in libc++ 15), so constexpr code paths use this instead.

#include <ladder/core/config.hpp>

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <utility>

LADDER_BEGIN_NAMESPACE

/// A growable contiguous array usable in constant expressions (allocations made during
/// constant evaluation must be freed before it ends). A contiguous range: use it with
/// std::span, range-for, or copy it into a std::vector.
template <class T>
class constexpr_vector {
public:
    using value_type = T;
    using size_type = std::size_t;
    using iterator = T*;
    using const_iterator = const T*;
    using reference = T&;
    using const_reference = const T&;

    constexpr constexpr_vector() noexcept = default;
    constexpr explicit constexpr_vector(size_type n) {
        reserve(n);
        for (size_type i = 0; i != n; ++i) std::construct_at(data_ + i);
        size_ = n;
    }
    constexpr constexpr_vector(std::initializer_list<T> values) : constexpr_vector(values.begin(), values.end()) {}
    template <std::input_iterator It>
    constexpr constexpr_vector(It first, It last) {
        if constexpr (std::forward_iterator<It>) reserve(static_cast<size_type>(std::distance(first, last)));
        for (; first != last; ++first) push_back(*first);
    }
    constexpr constexpr_vector(const constexpr_vector& other) : constexpr_vector(other.begin(), other.end()) {}
    constexpr constexpr_vector(constexpr_vector&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    constexpr constexpr_vector& operator=(const constexpr_vector& other) {
        if (this != &other) {
            constexpr_vector copy(other);
            swap(copy);
        }
        return *this;
    }
    constexpr constexpr_vector& operator=(constexpr_vector&& other) noexcept {
        constexpr_vector taken(std::move(other));
        swap(taken);
        return *this;
    }
    constexpr ~constexpr_vector() { release(); }

    constexpr void swap(constexpr_vector& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
    }

    constexpr void reserve(size_type n) {
        if (n <= capacity_) return;
        std::allocator<T> alloc;
        T* fresh = alloc.allocate(n);
        for (size_type i = 0; i != size_; ++i) {
            std::construct_at(fresh + i, std::move(data_[i]));
            std::destroy_at(data_ + i);
        }
        if (data_ != nullptr) alloc.deallocate(data_, capacity_);
        data_ = fresh;
        capacity_ = n;
    }

    constexpr void push_back(const T& value) { emplace_back(value); }
    constexpr void push_back(T&& value) { emplace_back(std::move(value)); }
    template <class... Args>
    constexpr T& emplace_back(Args&&... args) {
        if (size_ == capacity_) {
            T keep(std::forward<Args>(args)...);  // args may refer into this vector
            grow();
            std::construct_at(data_ + size_, std::move(keep));
        } else {
            std::construct_at(data_ + size_, std::forward<Args>(args)...);
        }
        return data_[size_++];
    }

    /// Inserts before `pos`; returns an iterator to the new element.
    constexpr iterator insert(const_iterator pos, T value) {
        const auto at = static_cast<size_type>(pos - data_);
        if (size_ == capacity_) grow();
        if (at == size_) {
            std::construct_at(data_ + size_, std::move(value));
        } else {
            std::construct_at(data_ + size_, std::move(data_[size_ - 1]));
            for (size_type i = size_ - 1; i > at; --i) data_[i] = std::move(data_[i - 1]);
            data_[at] = std::move(value);
        }
        ++size_;
        return data_ + at;
    }

    constexpr void pop_back() { std::destroy_at(data_ + --size_); }
    constexpr void clear() noexcept {
        for (size_type i = 0; i != size_; ++i) std::destroy_at(data_ + i);
        size_ = 0;
    }

    [[nodiscard]] constexpr size_type size() const noexcept { return size_; }
    [[nodiscard]] constexpr size_type capacity() const noexcept { return capacity_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr T* data() noexcept { return data_; }
    [[nodiscard]] constexpr const T* data() const noexcept { return data_; }
    [[nodiscard]] constexpr T& operator[](size_type i) noexcept { return data_[i]; }
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept { return data_[i]; }
    [[nodiscard]] constexpr T& front() noexcept { return data_[0]; }
    [[nodiscard]] constexpr const T& front() const noexcept { return data_[0]; }
    [[nodiscard]] constexpr T& back() noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr iterator begin() noexcept { return data_; }
    [[nodiscard]] constexpr iterator end() noexcept { return data_ + size_; }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return data_ + size_; }

    friend constexpr bool operator==(const constexpr_vector& a, const constexpr_vector& b) {
        if (a.size_ != b.size_) return false;
        for (size_type i = 0; i != a.size_; ++i) {
            if (!(a.data_[i] == b.data_[i])) return false;
        }
        return true;
    }

private:
    constexpr void grow() { reserve(capacity_ == 0 ? 4 : capacity_ * 2); }
    constexpr void release() noexcept {
        if (data_ == nullptr) return;
        clear();
        std::allocator<T>().deallocate(data_, capacity_);
        data_ = nullptr;
        capacity_ = 0;
    }

    T* data_ = nullptr;
    size_type size_ = 0;
    size_type capacity_ = 0;
};

LADDER_END_NAMESPACE
